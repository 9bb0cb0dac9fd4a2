import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZResidentTaggingResult, type ZResidentTagging } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

export type TTagResidentsInput = {
  data: z.output<typeof ZResidentTagging>
  idempotencyKey: string
}

/** 批量打标签: one transaction for all the selected people (a 404 if any is out of scope). */
export const tagResidents = ({ data, idempotencyKey }: TTagResidentsInput) =>
  apiRequest(
    '/residents/tags',
    { method: 'POST', body: data, idempotencyKey },
    ZResidentTaggingResult,
  )

export const useTagResidents = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: tagResidents,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentKeys.all }),
  })
}

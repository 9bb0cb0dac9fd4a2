import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZResident, type ZResidentUpdate } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

export type TUpdateResidentInput = {
  id: string
  version: number
  data: z.output<typeof ZResidentUpdate>
}

/** PATCH with If-Match: a resident changed by someone else since it was read answers 412. */
export const updateResident = ({ id, version, data }: TUpdateResidentInput) =>
  apiRequest(
    `/residents/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZResident,
  )

export const useUpdateResident = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateResident,
    onSuccess: (resident) => {
      queryClient.setQueryData(residentKeys.detail(resident.id), resident)
      return queryClient.invalidateQueries({ queryKey: residentKeys.lists() })
    },
  })
}

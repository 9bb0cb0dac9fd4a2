import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZDwelling, type ZDwellingCreate } from '@cr/shared/places/dwelling'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { buildingKeys, dwellingKeys } from './place-keys'

export type TCreateDwellingInput = {
  data: z.output<typeof ZDwellingCreate>
  idempotencyKey: string
}

export const createDwelling = ({ data, idempotencyKey }: TCreateDwellingInput) =>
  apiRequest('/dwellings', { method: 'POST', body: data, idempotencyKey }, ZDwelling)

/** A new dwelling changes its building's count, so buildings are refreshed too. */
export const useCreateDwelling = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createDwelling,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dwellingKeys.all }),
        queryClient.invalidateQueries({ queryKey: buildingKeys.all }),
      ]),
  })
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZBuilding, type ZBuildingCreate } from '@cr/shared/places/building'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { buildingKeys } from './place-keys'

export type TCreateBuildingInput = {
  data: z.output<typeof ZBuildingCreate>
  idempotencyKey: string
}

export const createBuilding = ({ data, idempotencyKey }: TCreateBuildingInput) =>
  apiRequest('/buildings', { method: 'POST', body: data, idempotencyKey }, ZBuilding)

export const useCreateBuilding = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createBuilding,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: buildingKeys.all }),
  })
}

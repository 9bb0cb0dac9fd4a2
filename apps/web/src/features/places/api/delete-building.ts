import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { buildingKeys } from './place-keys'

export type TDeleteBuildingInput = { id: string; version: number }

/** Soft delete with If-Match; refused (409) while the building has dwellings. */
export const deleteBuilding = ({ id, version }: TDeleteBuildingInput) =>
  apiRequest(`/buildings/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version })

export const useDeleteBuilding = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteBuilding,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: buildingKeys.all }),
  })
}

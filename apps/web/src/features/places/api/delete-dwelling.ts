import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { buildingKeys, dwellingKeys } from './place-keys'

export type TDeleteDwellingInput = { id: string; version: number }

/** Soft delete with If-Match; refused (409) while a household lives there. */
export const deleteDwelling = ({ id, version }: TDeleteDwellingInput) =>
  apiRequest(`/dwellings/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version })

export const useDeleteDwelling = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteDwelling,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dwellingKeys.all }),
        queryClient.invalidateQueries({ queryKey: buildingKeys.all }),
      ]),
  })
}

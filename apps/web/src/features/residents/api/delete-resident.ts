import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

export type TDeleteResidentInput = { id: string; version: number }

/** Soft delete with If-Match; refused (409) while the resident belongs to a household. */
export const deleteResident = ({ id, version }: TDeleteResidentInput) =>
  apiRequest(`/residents/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version })

export const useDeleteResident = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteResident,
    onSuccess: (_data, { id }) => {
      queryClient.removeQueries({ queryKey: residentKeys.detail(id) })
      return queryClient.invalidateQueries({ queryKey: residentKeys.lists() })
    },
  })
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { userKeys } from './user-keys'

export type TDeleteUserInput = { id: string; version: number }

export const deleteUser = ({ id, version }: TDeleteUserInput) =>
  apiRequest(`/users/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version })

export const useDeleteUser = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  })
}

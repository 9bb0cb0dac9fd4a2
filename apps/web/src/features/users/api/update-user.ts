import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZUser, type TUserUpdate } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { userKeys } from './user-keys'

export type TUpdateUserInput = { id: string; version: number; data: TUserUpdate }

/** PATCH with If-Match; 412 when someone changed the user since it was read. */
export const updateUser = ({ id, version, data }: TUpdateUserInput) =>
  apiRequest(
    `/users/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZUser,
  )

export const useUpdateUser = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user)
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() })
    },
  })
}

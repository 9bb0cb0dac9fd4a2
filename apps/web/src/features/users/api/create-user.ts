import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZUser, type TUserCreate } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { userKeys } from './user-keys'

export type TCreateUserInput = { data: TUserCreate; idempotencyKey: string }

export const createUser = ({ data, idempotencyKey }: TCreateUserInput) =>
  apiRequest('/users', { method: 'POST', body: data, idempotencyKey }, ZUser)

export const useCreateUser = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  })
}

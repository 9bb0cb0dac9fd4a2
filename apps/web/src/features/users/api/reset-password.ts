import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZUser } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { userKeys } from './user-keys'

export type TResetPasswordInput = { id: string; password: string; idempotencyKey: string }

/** Sets a new initial password; the user must change it at the next sign-in. */
export const resetPassword = ({ id, password, idempotencyKey }: TResetPasswordInput) =>
  apiRequest(
    `/users/${encodeURIComponent(id)}/reset-password`,
    { method: 'POST', body: { password }, idempotencyKey },
    ZUser,
  )

export const useResetPassword = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  })
}

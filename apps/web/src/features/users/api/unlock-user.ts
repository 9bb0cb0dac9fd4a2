import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZUser } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { userKeys } from './user-keys'

export type TUnlockUserInput = { id: string; idempotencyKey: string }

/** Lifts a lock after too many failed sign-ins. */
export const unlockUser = ({ id, idempotencyKey }: TUnlockUserInput) =>
  apiRequest(`/users/${encodeURIComponent(id)}/unlock`, { method: 'POST', idempotencyKey }, ZUser)

export const useUnlockUser = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  })
}

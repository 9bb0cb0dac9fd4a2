import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TChangePasswordRequest } from '@cr/shared/auth/auth'
import { apiRequest } from '@/lib/api-client'
import { meQueryKey } from '@/lib/auth'

export const changePassword = (body: TChangePasswordRequest, idempotencyKey: string) =>
  apiRequest('/auth/change-password', { method: 'POST', body, idempotencyKey })

export const useChangePassword = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      body,
      idempotencyKey,
    }: {
      body: TChangePasswordRequest
      idempotencyKey: string
    }) => changePassword(body, idempotencyKey),
    // `mustChangePassword` is now false: fetch `me` again before leaving the page.
    onSuccess: () => queryClient.refetchQueries({ queryKey: meQueryKey }),
  })
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZMe, type TLoginRequest } from '@cr/shared/auth/auth'
import { apiRequest } from '@/lib/api-client'
import { meQueryKey } from '@/lib/auth'

export const login = (body: TLoginRequest) =>
  apiRequest('/auth/login', { method: 'POST', body }, ZMe)

/** Signs in; the answer is the new `me`, so the app needs no second request. */
export const useLogin = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // A previous user's cached lists must not show through for the next one.
      queryClient.clear()
      queryClient.setQueryData(meQueryKey, me)
    },
  })
}

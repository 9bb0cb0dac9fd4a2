import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { logout, meQueryKey } from '@/lib/auth'
import { feedback } from '@/lib/feedback'

/**
 * Signs out and forgets every cached record, so the next person at a shared office PC sees
 * nothing of the previous one. Even if the server call fails the local state is cleared.
 */
export const useLogout = () => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { t } = useTranslation()
  const mutation = useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Leave the signed-in frame first: its parts read `me` and must not render without one.
      await navigate({ to: paths.login })
      queryClient.clear()
      queryClient.setQueryData(meQueryKey, null)
      feedback.success(t('userMenu.loggedOut'))
    },
  })
  return () => mutation.mutate()
}

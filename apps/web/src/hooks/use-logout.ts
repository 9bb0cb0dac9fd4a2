import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { logout, meQueryKey } from '@/lib/auth'

/**
 * Signs out and forgets every cached record, so the next person at a shared office PC sees
 * nothing of the previous one. Even if the server call fails the local state is cleared.
 */
export const useLogout = () => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const { t } = useTranslation()
  const mutation = useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Leave the signed-in frame first: its parts read `me` and must not render without one.
      await navigate({ to: paths.login })
      queryClient.clear()
      queryClient.setQueryData(meQueryKey, null)
      void message.success(t('userMenu.loggedOut'))
    },
  })
  return () => mutation.mutate()
}

import type { QueryClient } from '@tanstack/react-query'
import { paths } from '@/config/paths'
import { meQueryKey } from '@/lib/auth'
import { isProblemError } from '@/lib/problem'
import type { TAppRouter } from './router'

type TDeps = {
  getRouter: () => TAppRouter | undefined
  getQueryClient: () => QueryClient | undefined
}

/**
 * App-wide reactions to failed queries and mutations (wired into QueryCache/MutationCache):
 * a lost session sends the clerk to sign in and back; a pending password change sends them to
 * change it. Everything else is shown where it happened.
 */
export const createGlobalErrorHandler =
  ({ getRouter, getQueryClient }: TDeps) =>
  (error: unknown): void => {
    if (!isProblemError(error)) return
    const router = getRouter()
    const queryClient = getQueryClient()
    if (!router || !queryClient) return
    const { pathname, href } = router.state.location

    if (error.status === 401 && error.code !== 'invalid_credentials') {
      if (pathname === paths.login) return
      // Leave the signed-in frame first (its parts read `me`), then forget the user.
      void router
        .navigate({ to: paths.login, search: { redirect: href, expired: true } })
        .then(() => queryClient.setQueryData(meQueryKey, null))
      return
    }
    if (error.status === 403 && error.code === 'password_change_required') {
      void queryClient.invalidateQueries({ queryKey: meQueryKey })
      if (pathname !== paths.changePassword) void router.navigate({ to: paths.changePassword })
    }
  }

import { createRoute, redirect } from '@tanstack/react-router'
import { AppShell } from '@/components/layout/app-shell'
import { paths } from '@/config/paths'
import { meQueryOptions } from '@/lib/auth'
import { rootRoute } from './root'

/** Every signed-in page: checks the session first, then the pending password change. */
export const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions())
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } })
    if (me.mustChangePassword) throw redirect({ to: paths.changePassword })
    return { me }
  },
  component: AppShell,
})

import { createRoute, redirect } from '@tanstack/react-router'
import { paths } from '@/config/paths'
import { meQueryOptions } from '@/lib/auth'
import { rootRoute } from './root'

/**
 * The phone pages (`/m/…`), for people on patrol: signed in like every page, but in a frame of
 * their own (phone-shell.tsx) without the office's side menu.
 */
export const phoneLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'm',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions())
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } })
    if (me.mustChangePassword) throw redirect({ to: paths.changePassword })
    return { me }
  },
}).lazy(() => import('./phone-layout.lazy').then((m) => m.Route))

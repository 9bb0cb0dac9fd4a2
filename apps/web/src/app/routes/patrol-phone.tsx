import { createRoute, redirect } from '@tanstack/react-router'
import { paths } from '@/config/paths'
import { meQueryOptions } from '@/lib/auth'
import { requirePermission } from './require-permission'
import { rootRoute } from './root'

/**
 * 手机巡逻 (`/m/patrol`): signed in like every page, but in a frame of its own without the
 * office's side menu (phone-shell.tsx). One route, not a layout and a child: each route costs
 * the sign-in page's first load a little.
 */
export const patrolPhoneRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'm/patrol',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions())
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } })
    if (me.mustChangePassword) throw redirect({ to: paths.changePassword })
    requirePermission(me, 'patrol:record')
    return { me }
  },
}).lazy(() => import('./patrol-phone.lazy').then((m) => m.Route))

import { createRoute, redirect } from '@tanstack/react-router'
import { isFieldRole } from '@cr/shared/auth/roles'
import { paths } from '@/config/paths'
import { meQueryOptions } from '@/lib/auth'
import { rootRoute } from './root'

/**
 * Every signed-in page: checks the session first, then the pending password change. The frame
 * itself (navigation, header) is in `app-layout.lazy.tsx`: the sign-in page does not load it.
 */
export const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions())
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } })
    if (me.mustChangePassword) throw redirect({ to: paths.changePassword })
    // 巡逻队员 and 楼长 work on the phone page: the office's pages are not theirs (the API
    // refuses them what their team does not limit).
    if (isFieldRole(me.user.role)) throw redirect({ to: paths.patrolPhone })
    return { me }
  },
}).lazy(() => import('./app-layout.lazy').then((m) => m.Route))

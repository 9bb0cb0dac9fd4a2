import { createRoute, redirect } from '@tanstack/react-router'
import { paths } from '@/config/paths'
import { meQueryOptions } from '@/lib/auth'
import { rootRoute } from './root'

export const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'change-password',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions())
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } })
    return { me }
  },
}).lazy(() => import('./change-password.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** A patrol route’s ordered checkpoints. */
export const patrolRouteRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-routes/$routeId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-route.lazy').then((m) => m.Route))

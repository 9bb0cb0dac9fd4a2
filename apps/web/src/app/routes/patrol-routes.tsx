import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 巡逻路线. */
export const patrolRoutesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-routes',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-routes.lazy').then((m) => m.Route))

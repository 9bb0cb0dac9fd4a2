import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 巡逻计划. */
export const patrolPlansRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-plans',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-plans.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** A patrol log's form, to correct what was entered. */
export const patrolLogEditRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-logs/$logId/edit',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:write'),
}).lazy(() => import('./patrol-office.lazy').then((m) => m.PatrolLogEditRoute))

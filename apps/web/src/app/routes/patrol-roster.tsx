import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 排班表: the month’s roster from the plans, with the office’s edits. */
export const patrolRosterRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-roster',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-roster.lazy').then((m) => m.Route))

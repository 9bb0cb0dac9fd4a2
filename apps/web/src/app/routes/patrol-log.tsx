import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { patrolOffice } from './patrol-office-loader'
import { requirePermission } from './require-permission'

/** A patrol log: plan against actual, findings, follow-ups, the handover note. */
export const patrolLogRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-logs/$logId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => patrolOffice().then((m) => m.PatrolLogRoute))

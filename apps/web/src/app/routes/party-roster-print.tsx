import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 党员花名册 of an organisation and its groups, printed. */
export const partyRosterPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/organizations/$organizationId/roster/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-roster-print.lazy').then((m) => m.Route))

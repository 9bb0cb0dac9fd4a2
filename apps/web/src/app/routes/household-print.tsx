import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 户籍登记表, printed. */
export const householdPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'households/$householdId/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./household-print.lazy').then((m) => m.Route))

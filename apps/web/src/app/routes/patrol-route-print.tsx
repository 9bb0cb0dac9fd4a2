import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** The checkpoints’ QR codes, one card each, to print and post. */
export const patrolRouteQrPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-routes/$routeId/qr/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-route-print.lazy').then((m) => m.Route))

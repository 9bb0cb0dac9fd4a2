import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 治安责任保证书, printed. */
export const rentalContractPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'rentals/contracts/$contractId/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./rental-contract-print.lazy').then((m) => m.Route))

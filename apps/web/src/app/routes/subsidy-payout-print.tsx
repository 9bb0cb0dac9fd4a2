import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 城市低保金发放花名册, printed with its signature columns. */
export const subsidyPayoutPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-payouts/$payoutId/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-payout-print.lazy').then((m) => m.Route))

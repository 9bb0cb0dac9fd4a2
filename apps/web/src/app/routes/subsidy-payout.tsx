import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** One committee's 发放花名册 of a month: its lines and totals. */
export const subsidyPayoutRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-payouts/$payoutId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-payout.lazy').then((m) => m.Route))

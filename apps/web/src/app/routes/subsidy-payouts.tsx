import { createRoute } from '@tanstack/react-router'
import { ZPayoutSearch } from '@/features/subsidies/utils/payout-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 发放花名册: a month's rolls by committee. */
export const subsidyPayoutsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-payouts',
  validateSearch: ZPayoutSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-payouts.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { ZRateSearch } from '@/features/rentals/utils/rate-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 登记率. */
export const registrationRateRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'registration-rate',
  validateSearch: ZRateSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./registration-rate.lazy').then((m) => m.Route))

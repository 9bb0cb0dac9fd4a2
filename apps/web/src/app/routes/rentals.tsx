import { createRoute, stripSearchParams } from '@tanstack/react-router'
import { ZRentalsSearch, defaultRentalSort } from '@/features/rentals/utils/rental-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 出租房屋. */
export const rentalsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'rentals',
  validateSearch: ZRentalsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultRentalSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./rentals.lazy').then((m) => m.Route))

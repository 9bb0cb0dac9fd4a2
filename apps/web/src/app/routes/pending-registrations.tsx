import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZPendingSearch,
  defaultPendingSort,
  defaultPendingState,
} from '@/features/rentals/utils/pending-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 待登记人员. */
export const pendingRegistrationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'pending-registrations',
  validateSearch: ZPendingSearch,
  search: {
    middlewares: [stripSearchParams({ sort: defaultPendingSort, state: defaultPendingState })],
  },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./pending-registrations.lazy').then((m) => m.Route))

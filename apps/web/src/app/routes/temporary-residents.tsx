import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZTemporaryResidentsSearch,
  defaultTemporaryResidentSort,
} from '@/features/rentals/utils/temporary-resident-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 暂住人口. */
export const temporaryResidentsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'temporary-residents',
  validateSearch: ZTemporaryResidentsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultTemporaryResidentSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./temporary-residents.lazy').then((m) => m.Route))

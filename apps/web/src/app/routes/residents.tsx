import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZResidentsSearch,
  defaultResidentSort,
} from '@/features/residents/utils/resident-list-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const residentsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'residents',
  validateSearch: ZResidentsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultResidentSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./residents.lazy').then((m) => m.Route))

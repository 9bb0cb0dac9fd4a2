import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZHouseholdsSearch,
  defaultHouseholdSort,
} from '@/features/households/utils/household-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const householdsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'households',
  validateSearch: ZHouseholdsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultHouseholdSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./households.lazy').then((m) => m.Route))

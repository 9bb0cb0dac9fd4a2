import { createRoute, stripSearchParams } from '@tanstack/react-router'
import { ZBuildingsSearch, defaultBuildingSort } from '@/features/places/utils/building-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const buildingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'buildings',
  validateSearch: ZBuildingsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultBuildingSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./buildings.lazy').then((m) => m.Route))

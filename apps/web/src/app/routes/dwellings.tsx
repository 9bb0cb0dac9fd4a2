import { createRoute, stripSearchParams } from '@tanstack/react-router'
import { ZDwellingsSearch, defaultDwellingSort } from '@/features/places/utils/dwelling-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const dwellingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'dwellings',
  validateSearch: ZDwellingsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultDwellingSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./dwellings.lazy').then((m) => m.Route))

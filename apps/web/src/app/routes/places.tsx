import { createRoute } from '@tanstack/react-router'
import { ZPlacesSearch } from '@/features/places/utils/places-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const placesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'places',
  validateSearch: ZPlacesSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./places.lazy').then((m) => m.Route))

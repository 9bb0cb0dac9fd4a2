import { createRoute } from '@tanstack/react-router'
import { ZCoBuildingSearch } from '@/features/party/utils/co-building-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 共建单位: the name filter and the opened unit live in the URL. */
export const partyCoBuildingRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/co-building',
  validateSearch: ZCoBuildingSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-co-building.lazy').then((m) => m.Route))

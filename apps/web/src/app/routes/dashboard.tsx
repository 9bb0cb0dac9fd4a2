import { createRoute } from '@tanstack/react-router'
import { ZDashboardSearch } from '@/features/statistics/utils/statistics-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 数据看板: the key figures as of a day, by module, with charts. */
export const dashboardRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'dashboard',
  validateSearch: ZDashboardSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'statistics:read'),
}).lazy(() => import('./dashboard.lazy').then((m) => m.Route))

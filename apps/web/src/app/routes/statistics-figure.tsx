import { createRoute } from '@tanstack/react-router'
import { ZFigureRowsSearch } from '@/features/statistics/utils/statistics-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** A figure's drill-down: the records it counts, as of the dashboard's day. */
export const statisticsFigureRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'statistics/$key',
  validateSearch: ZFigureRowsSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'statistics:read'),
}).lazy(() => import('./statistics-figure.lazy').then((m) => m.Route))

import { createRoute, stripSearchParams } from '@tanstack/react-router'
import { ZPatrolLogsSearch, defaultPatrolLogSort } from '@/features/patrol/utils/patrol-log-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 巡逻登记: the patrol register as a list. */
export const patrolLogsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-logs',
  validateSearch: ZPatrolLogsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultPatrolLogSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-office.lazy').then((m) => m.PatrolLogsRoute))

import { createRoute, stripSearchParams } from '@tanstack/react-router'
import type { TPatrolLogsSearch } from '@/features/patrol/utils/patrol-log-search'
import { appLayoutRoute } from './app-layout'
import { patrolOffice } from './patrol-office-loader'
import { requirePermission } from './require-permission'

/** 巡逻登记: the patrol register as a list. */
export const patrolLogsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-logs',
  // The search is checked by its schema on the page (patrol-office.lazy.tsx): the schema stays
  // out of the first load (the bundle budget).
  validateSearch: (raw: Record<string, unknown>) => raw as TPatrolLogsSearch,
  search: { middlewares: [stripSearchParams<TPatrolLogsSearch>({ sort: '-date' })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => patrolOffice().then((m) => m.PatrolLogsRoute))

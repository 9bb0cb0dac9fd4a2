import { createRoute, stripSearchParams } from '@tanstack/react-router'
import type { TFollowUpsSearch } from '@/features/patrol/utils/follow-up-search'
import { appLayoutRoute } from './app-layout'
import { patrolOffice } from './patrol-office-loader'
import { requirePermission } from './require-permission'

/** 跟进事项 of patrol findings. */
export const patrolFollowUpsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-follow-ups',
  // The search is checked by its schema on the page (patrol-office.lazy.tsx): the schema stays
  // out of the first load (the bundle budget).
  validateSearch: (raw: Record<string, unknown>) => raw as TFollowUpsSearch,
  search: { middlewares: [stripSearchParams<TFollowUpsSearch>({ sort: 'dueOn' })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => patrolOffice().then((m) => m.PatrolFollowUpsRoute))

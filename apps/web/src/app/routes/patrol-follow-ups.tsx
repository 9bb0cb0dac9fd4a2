import { createRoute, stripSearchParams } from '@tanstack/react-router'
import { ZFollowUpsSearch, defaultFollowUpSort } from '@/features/patrol/utils/follow-up-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 跟进事项 of patrol findings. */
export const patrolFollowUpsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-follow-ups',
  validateSearch: ZFollowUpsSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultFollowUpSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-office.lazy').then((m) => m.PatrolFollowUpsRoute))

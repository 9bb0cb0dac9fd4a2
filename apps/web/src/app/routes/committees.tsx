import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZCommitteeSearch,
  defaultCommitteeSort,
} from '@/features/committees/utils/committee-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const committeesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'committees',
  validateSearch: ZCommitteeSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultCommitteeSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'committee:read'),
}).lazy(() => import('./committees.lazy').then((m) => m.Route))

import { createRoute, stripSearchParams } from '@tanstack/react-router'
import { ZUserSearch, defaultUserSort } from '@/features/users/utils/user-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const usersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'users',
  validateSearch: ZUserSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultUserSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'user:read'),
}).lazy(() => import('./users.lazy').then((m) => m.Route))

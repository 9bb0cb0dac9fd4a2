import { createRoute } from '@tanstack/react-router'
import { ZMembersSearch } from '@/features/party/utils/member-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const partyMembersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/members',
  validateSearch: ZMembersSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-members.lazy').then((m) => m.Route))

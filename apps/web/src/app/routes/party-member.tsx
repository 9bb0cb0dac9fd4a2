import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const partyMemberRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/members/$memberId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-member.lazy').then((m) => m.Route))

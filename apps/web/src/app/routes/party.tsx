import { createRoute } from '@tanstack/react-router'
import { ZOrgsSearch } from '@/features/party/utils/orgs-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 党组织: the tree; the selected node, its tab and the dues month live in the URL. */
export const partyRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party',
  validateSearch: ZOrgsSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 打印所选: the 党员花名册 of the selected members (the ids in the history state). */
export const partyMembersSelectionPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/members/selection/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-members-selection-print.lazy').then((m) => m.Route))

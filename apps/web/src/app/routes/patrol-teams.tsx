import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 巡逻队伍 and 楼长巡逻组. */
export const patrolTeamsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-teams',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-teams.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { patrolOffice } from './patrol-office-loader'
import { requirePermission } from './require-permission'

/** 新增巡逻记录: the office enters a patrol from the paper register. */
export const patrolLogNewRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-logs/new',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:write'),
}).lazy(() => patrolOffice().then((m) => m.PatrolLogNewRoute))

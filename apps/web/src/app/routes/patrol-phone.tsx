import { createRoute } from '@tanstack/react-router'
import { phoneLayoutRoute } from './phone-layout'
import { requirePermission } from './require-permission'

/** 手机巡逻: tonight's patrol, scanning checkpoints, findings; writes go through the offline queue. */
export const patrolPhoneRoute = createRoute({
  getParentRoute: () => phoneLayoutRoute,
  path: 'patrol',
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-phone.lazy').then((m) => m.Route))

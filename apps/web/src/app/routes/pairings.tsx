import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 一助一 结对帮扶 and the pairing rate. */
export const pairingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'pairings',
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./pairings.lazy').then((m) => m.Route))

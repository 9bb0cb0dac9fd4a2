import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 低保标准: read by everyone who reads cases, set by administrators (the page asks again). */
export const subsidyStandardsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-standards',
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-standards.lazy').then((m) => m.Route))

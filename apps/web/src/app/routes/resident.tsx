import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const residentRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'residents/$residentId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./resident.lazy').then((m) => m.Route))

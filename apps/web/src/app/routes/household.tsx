import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const householdRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'households/$householdId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./household.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const settingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'settings',
  beforeLoad: ({ context }) => requirePermission(context.me, 'settings:manage'),
}).lazy(() => import('./settings.lazy').then((m) => m.Route))

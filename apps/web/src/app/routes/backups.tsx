import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const backupsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'backups',
  beforeLoad: ({ context }) => requirePermission(context.me, 'settings:manage'),
}).lazy(() => import('./backups.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const importsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'imports',
  beforeLoad: ({ context }) => requirePermission(context.me, 'import:run'),
}).lazy(() => import('./imports.lazy').then((m) => m.Route))

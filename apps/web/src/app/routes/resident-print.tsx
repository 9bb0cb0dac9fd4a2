import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 居民信息表, printed (inside the shell; the print stylesheet leaves only the sheet). */
export const residentPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'residents/$residentId/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./resident-print.lazy').then((m) => m.Route))

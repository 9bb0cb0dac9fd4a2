import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 暂住人口登记表, printed. */
export const temporaryResidentPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'temporary-residents/$id/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./temporary-resident-print.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** The printable 组织关系介绍信 (inside the shell; the print stylesheet leaves only the sheet). */
export const partyTransferPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/transfers/$transferId/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-transfer-print.lazy').then((m) => m.Route))

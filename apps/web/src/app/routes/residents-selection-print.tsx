import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 打印所选: the 居民信息表 of each selected resident (the ids in the history state). */
export const residentsSelectionPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'residents/selection/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./residents-selection-print.lazy').then((m) => m.Route))

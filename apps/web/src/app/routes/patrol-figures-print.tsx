import { createRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { appLayoutRoute } from './app-layout'
import { monthSearch } from './patrol-figures'
import { requirePermission } from './require-permission'

/** 月度巡逻情况报表, printed (A4 landscape). */
export const patrolFiguresPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-figures/print',
  validateSearch: z.object({
    month: monthSearch.optional().catch(undefined),
    committeeId: z.uuid().optional().catch(undefined),
  }),
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-figures-print.lazy').then((m) => m.Route))

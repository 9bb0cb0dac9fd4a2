import { createRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const monthSearch = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)

/** 巡逻统计: a month's figures per team, member and in total. */
export const patrolFiguresRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'patrol-figures',
  validateSearch: z.object({ month: monthSearch.optional().catch(undefined) }),
  beforeLoad: ({ context }) => requirePermission(context.me, 'patrol:read'),
}).lazy(() => import('./patrol-figures.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 低保公示名单 for the notice board (names, household size, amount; no ID numbers). */
export const subsidyPublicNoticePrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-cases/public-notice/print',
  validateSearch: z.object({ committeeId: ZId.optional().catch(undefined) }),
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-public-notice-print.lazy').then((m) => m.Route))

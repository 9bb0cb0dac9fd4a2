import { createRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 受理低保申请, for a household when opened from its page. */
export const subsidyCaseNewRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-cases/new',
  validateSearch: z.object({ householdId: ZId.optional().catch(undefined) }),
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:write'),
}).lazy(() => import('./subsidy-case-new.lazy').then((m) => m.Route))

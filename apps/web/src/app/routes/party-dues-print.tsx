import { createRoute } from '@tanstack/react-router'
import { ZMonth } from '@cr/shared/party/calendar'
import { z } from 'zod'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 党费收缴表 of an organisation for a month (`?month=2026-11`, this month without it), printed. */
export const partyDuesPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/organizations/$organizationId/dues/print',
  validateSearch: z.object({ month: ZMonth.optional().catch(undefined) }),
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-dues-print.lazy').then((m) => m.Route))

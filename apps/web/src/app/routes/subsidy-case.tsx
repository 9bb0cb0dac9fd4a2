import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** A 低保 case: its household, amount, steps and history. */
export const subsidyCaseRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-cases/$caseId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-case.lazy').then((m) => m.Route))

import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZAssistanceSearch,
  defaultAssistanceSort,
} from '@/features/subsidies/utils/assistance-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 临时救助. */
export const assistanceCasesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'assistance-cases',
  validateSearch: ZAssistanceSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultAssistanceSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./assistance-cases.lazy').then((m) => m.Route))

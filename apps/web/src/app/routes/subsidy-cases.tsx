import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZSubsidyCasesSearch,
  defaultSubsidyCaseSort,
} from '@/features/subsidies/utils/subsidy-case-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 低保案件. */
export const subsidyCasesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-cases',
  validateSearch: ZSubsidyCasesSearch,
  search: { middlewares: [stripSearchParams({ sort: defaultSubsidyCaseSort })] },
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-cases.lazy').then((m) => m.Route))

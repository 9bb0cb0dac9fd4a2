import { createRoute } from '@tanstack/react-router'
import { ZAuditSearch } from '@/features/audit/utils/audit-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const auditRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'audit',
  validateSearch: ZAuditSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'audit:read'),
}).lazy(() => import('./audit.lazy').then((m) => m.Route))

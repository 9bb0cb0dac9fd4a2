import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 待复核: cases whose review is overdue or due within 30 days. */
export const subsidyReviewsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'subsidy-reviews',
  beforeLoad: ({ context }) => requirePermission(context.me, 'subsidy:read'),
}).lazy(() => import('./subsidy-reviews.lazy').then((m) => m.Route))

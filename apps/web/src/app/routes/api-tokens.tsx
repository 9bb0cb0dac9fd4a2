import { createRoute, stripSearchParams } from '@tanstack/react-router'
import {
  ZTokenSearch,
  defaultTokenSort,
  defaultTokenStatus,
} from '@/features/api-tokens/utils/token-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

export const apiTokensRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  // Not /api-tokens: proxies and the server route anything starting with /api to the API.
  path: 'tokens',
  validateSearch: ZTokenSearch,
  search: {
    middlewares: [stripSearchParams({ status: defaultTokenStatus, sort: defaultTokenSort })],
  },
  beforeLoad: ({ context }) => requirePermission(context.me, 'api-token:manage'),
}).lazy(() => import('./api-tokens.lazy').then((m) => m.Route))

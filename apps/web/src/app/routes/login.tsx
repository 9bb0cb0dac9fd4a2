import { createRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { rootRoute } from './root'

export const ZLoginSearch = z.object({
  redirect: z.string().max(2000).optional().catch(undefined),
  /** Set when the session ended while working, to say why the sign-in page appeared. */
  expired: z.boolean().optional().catch(undefined),
})

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: ZLoginSearch,
  // A signed-in user may still open the sign-in page (to switch accounts); signing out and
  // a lost session come here before `me` is cleared, so this must not redirect on `me`.
}).lazy(() => import('./login.lazy').then((m) => m.Route))

import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** One import job; the job id in the URL lets a reload (or a colleague's link) find it again. */
export const importJobRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'imports/$importId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'import:run'),
}).lazy(() => import('./import-job.lazy').then((m) => m.Route))

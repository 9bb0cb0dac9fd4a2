import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** A temporary resident: the person, the stay, the registration, 居住证 and the history. */
export const temporaryResidentRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'temporary-residents/$id',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./temporary-resident.lazy').then((m) => m.Route))

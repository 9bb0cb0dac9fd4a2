import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** A rented dwelling: its letting, contracts and occupants. */
export const rentalPropertyRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'rentals/$propertyId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./rental-property.lazy').then((m) => m.Route))

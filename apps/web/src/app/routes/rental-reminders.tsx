import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 出租房屋提醒. */
export const rentalRemindersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'rental-reminders',
  beforeLoad: ({ context }) => requirePermission(context.me, 'registry:read'),
}).lazy(() => import('./rental-reminders.lazy').then((m) => m.Route))

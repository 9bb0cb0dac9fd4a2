import { createRoute } from '@tanstack/react-router'
import type { TRemindersSearch } from '@/features/reminders/utils/reminder-search'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 提醒中心: every module's reminders. */
export const remindersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'reminders',
  // The search is checked by its schema in the lazy route: the schema stays out of the first load.
  validateSearch: (raw: Record<string, unknown>) => raw as TRemindersSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'reminder:read'),
}).lazy(() => import('./reminders.lazy').then((m) => m.Route))

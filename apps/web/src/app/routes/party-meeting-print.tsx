import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

/** 会议记录 of one meeting, printed. */
export const partyMeetingPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'party/meetings/$meetingId/print',
  beforeLoad: ({ context }) => requirePermission(context.me, 'party:read'),
}).lazy(() => import('./party-meeting-print.lazy').then((m) => m.Route))

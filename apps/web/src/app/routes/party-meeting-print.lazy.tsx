import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { MeetingPrintPage } from '@/features/party/components/meeting-print-page'

const routeApi = getRouteApi('/app/party/meetings/$meetingId/print')

const PartyMeetingPrintRoute = () => {
  const { meetingId } = routeApi.useParams()
  return <MeetingPrintPage key={meetingId} meetingId={meetingId} />
}

export const Route = createLazyRoute('/app/party/meetings/$meetingId/print')({
  component: PartyMeetingPrintRoute,
})

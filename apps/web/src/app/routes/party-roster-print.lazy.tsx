import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { RosterPrintPage } from '@/features/party/components/roster-print-page'

const routeApi = getRouteApi('/app/party/organizations/$organizationId/roster/print')

const PartyRosterPrintRoute = () => {
  const { organizationId } = routeApi.useParams()
  return <RosterPrintPage key={organizationId} organizationId={organizationId} />
}

export const Route = createLazyRoute('/app/party/organizations/$organizationId/roster/print')({
  component: PartyRosterPrintRoute,
})

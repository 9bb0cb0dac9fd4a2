import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { DuesPrintPage } from '@/features/party/components/dues-print-page'

const routeApi = getRouteApi('/app/party/organizations/$organizationId/dues/print')

const PartyDuesPrintRoute = () => {
  const { organizationId } = routeApi.useParams()
  const { month } = routeApi.useSearch()
  return (
    <DuesPrintPage
      key={`${organizationId}:${month}`}
      organizationId={organizationId}
      month={month}
    />
  )
}

export const Route = createLazyRoute('/app/party/organizations/$organizationId/dues/print')({
  component: PartyDuesPrintRoute,
})

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { HouseholdPrintPage } from '@/features/households/components/household-print-page'

const routeApi = getRouteApi('/app/households/$householdId/print')

const HouseholdPrintRoute = () => {
  const { householdId } = routeApi.useParams()
  return <HouseholdPrintPage key={householdId} householdId={householdId} />
}

export const Route = createLazyRoute('/app/households/$householdId/print')({
  component: HouseholdPrintRoute,
})

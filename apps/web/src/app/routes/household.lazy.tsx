import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { HouseholdPage } from '@/features/households/components/household-page'

const routeApi = getRouteApi('/app/households/$householdId')

const HouseholdRoute = () => {
  const { householdId } = routeApi.useParams()
  return <HouseholdPage key={householdId} householdId={householdId} />
}

export const Route = createLazyRoute('/app/households/$householdId')({
  component: HouseholdRoute,
})

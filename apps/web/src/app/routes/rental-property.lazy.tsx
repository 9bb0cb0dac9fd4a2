import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { RentalPropertyPage } from '@/features/rentals/components/rental-property-page'

const routeApi = getRouteApi('/app/rentals/$propertyId')

const RentalPropertyRoute = () => {
  const { propertyId } = routeApi.useParams()
  return <RentalPropertyPage key={propertyId} propertyId={propertyId} />
}

export const Route = createLazyRoute('/app/rentals/$propertyId')({
  component: RentalPropertyRoute,
})

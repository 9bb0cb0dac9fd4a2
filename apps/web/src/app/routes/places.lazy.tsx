import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PlacesPage } from '@/features/places/components/places-page'
import type { TPlacesSearch } from '@/features/places/utils/places-search'

const routeApi = getRouteApi('/app/places')

const PlacesRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  // Selecting a node is a step the clerk may want to go back from: a history entry.
  const onSearchChange = (next: TPlacesSearch) => void navigate({ search: next })
  return <PlacesPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/places')({ component: PlacesRoute })

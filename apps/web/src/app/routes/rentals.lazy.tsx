import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { RentalsPage } from '@/features/rentals/components/rentals-page'
import type { TRentalsSearch } from '@/features/rentals/utils/rental-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/rentals')

const RentalsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TRentalsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <RentalsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/rentals')({ component: RentalsRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { TemporaryResidentsPage } from '@/features/rentals/components/temporary-residents-page'
import type { TTemporaryResidentsSearch } from '@/features/rentals/utils/temporary-resident-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/temporary-residents')

const TemporaryResidentsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TTemporaryResidentsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <TemporaryResidentsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/temporary-residents')({
  component: TemporaryResidentsRoute,
})

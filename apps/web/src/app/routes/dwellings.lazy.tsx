import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { DwellingsPage } from '@/features/places/components/dwellings-page'
import type { TDwellingsSearch } from '@/features/places/utils/dwelling-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/dwellings')

const DwellingsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TDwellingsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <DwellingsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/dwellings')({ component: DwellingsRoute })

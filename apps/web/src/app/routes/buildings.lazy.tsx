import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { BuildingsPage } from '@/features/places/components/buildings-page'
import type { TBuildingsSearch } from '@/features/places/utils/building-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/buildings')

const BuildingsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TBuildingsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <BuildingsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/buildings')({ component: BuildingsRoute })

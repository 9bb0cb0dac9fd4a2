import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { CoBuildingPage } from '@/features/party/components/co-building-page'
import type { TCoBuildingSearch } from '@/features/party/utils/co-building-search'

const routeApi = getRouteApi('/app/party/co-building')

const PartyCoBuildingRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TCoBuildingSearch) => void navigate({ search: next, replace: true })
  return <CoBuildingPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/party/co-building')({ component: PartyCoBuildingRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { HouseholdsPage } from '@/features/households/components/households-page'
import type { THouseholdsSearch } from '@/features/households/utils/household-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/households')

const HouseholdsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: THouseholdsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <HouseholdsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/households')({ component: HouseholdsRoute })

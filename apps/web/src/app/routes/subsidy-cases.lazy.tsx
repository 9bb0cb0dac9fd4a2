import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SubsidyCasesPage } from '@/features/subsidies/components/subsidy-cases-page'
import type { TSubsidyCasesSearch } from '@/features/subsidies/utils/subsidy-case-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/subsidy-cases')

const SubsidyCasesRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TSubsidyCasesSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <SubsidyCasesPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/subsidy-cases')({ component: SubsidyCasesRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { AssistanceCasesPage } from '@/features/subsidies/components/assistance-cases-page'
import type { TAssistanceSearch } from '@/features/subsidies/utils/assistance-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/assistance-cases')

const AssistanceCasesRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TAssistanceSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <AssistanceCasesPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/assistance-cases')({
  component: AssistanceCasesRoute,
})

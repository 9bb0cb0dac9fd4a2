import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { CommitteesPage } from '@/features/committees/components/committees-page'
import type { TCommitteeSearch } from '@/features/committees/utils/committee-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/committees')

const CommitteesRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TCommitteeSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <CommitteesPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/committees')({ component: CommitteesRoute })

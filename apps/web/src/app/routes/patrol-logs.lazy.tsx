import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolLogsPage } from '@/features/patrol/components/patrol-logs-page'
import type { TPatrolLogsSearch } from '@/features/patrol/utils/patrol-log-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/patrol-logs')

const PatrolLogsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TPatrolLogsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <PatrolLogsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/patrol-logs')({ component: PatrolLogsRoute })

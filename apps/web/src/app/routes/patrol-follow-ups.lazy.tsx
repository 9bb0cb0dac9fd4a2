import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolFollowUpsPage } from '@/features/patrol/components/patrol-follow-ups-page'
import type { TFollowUpsSearch } from '@/features/patrol/utils/follow-up-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/patrol-follow-ups')

const PatrolFollowUpsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TFollowUpsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <PatrolFollowUpsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/patrol-follow-ups')({ component: PatrolFollowUpsRoute })

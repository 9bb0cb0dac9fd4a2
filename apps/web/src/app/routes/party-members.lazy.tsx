import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { MembersPage } from '@/features/party/components/members-page'
import type { TMembersSearch } from '@/features/party/utils/member-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/party/members')

const PartyMembersRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TMembersSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <MembersPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/party/members')({ component: PartyMembersRoute })

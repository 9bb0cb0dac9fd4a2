import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { OrganizationsPage } from '@/features/party/components/organizations-page'
import type { TOrgsSearch } from '@/features/party/utils/orgs-search'

const routeApi = getRouteApi('/app/party')

const PartyRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TOrgsSearch) => void navigate({ search: next, replace: true })
  return <OrganizationsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/party')({ component: PartyRoute })

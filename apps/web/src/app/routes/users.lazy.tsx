import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { UsersPage } from '@/features/users/components/users-page'
import type { TUserSearch } from '@/features/users/utils/user-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/users')

const UsersRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TUserSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <UsersPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/users')({ component: UsersRoute })

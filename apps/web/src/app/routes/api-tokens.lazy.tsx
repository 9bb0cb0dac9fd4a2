import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { ApiTokensPage } from '@/features/api-tokens/components/api-tokens-page'
import type { TTokenSearch } from '@/features/api-tokens/utils/token-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/tokens')

const ApiTokensRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TTokenSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <ApiTokensPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/tokens')({ component: ApiTokensRoute })

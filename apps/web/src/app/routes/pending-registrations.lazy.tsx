import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PendingRegistrationsPage } from '@/features/rentals/components/pending-registrations-page'
import type { TPendingSearch } from '@/features/rentals/utils/pending-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/pending-registrations')

const PendingRegistrationsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TPendingSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <PendingRegistrationsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/pending-registrations')({
  component: PendingRegistrationsRoute,
})

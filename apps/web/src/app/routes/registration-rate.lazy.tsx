import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { RegistrationRatePage } from '@/features/rentals/components/registration-rate'
import type { TRateSearch } from '@/features/rentals/utils/rate-search'

const routeApi = getRouteApi('/app/registration-rate')

const RegistrationRateRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TRateSearch) => void navigate({ search: next, replace: true })
  return <RegistrationRatePage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/registration-rate')({
  component: RegistrationRateRoute,
})

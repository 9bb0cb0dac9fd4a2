import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PayoutRollsPage } from '@/features/subsidies/components/payout-rolls-page'
import type { TPayoutSearch } from '@/features/subsidies/utils/payout-search'

const routeApi = getRouteApi('/app/subsidy-payouts')

const SubsidyPayoutsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TPayoutSearch) => void navigate({ search: next, replace: true })
  return <PayoutRollsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/subsidy-payouts')({ component: SubsidyPayoutsRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PayoutRollPage } from '@/features/subsidies/components/payout-roll-page'

const routeApi = getRouteApi('/app/subsidy-payouts/$payoutId')

const SubsidyPayoutRoute = () => {
  const { payoutId } = routeApi.useParams()
  return <PayoutRollPage key={payoutId} payoutId={payoutId} />
}

export const Route = createLazyRoute('/app/subsidy-payouts/$payoutId')({
  component: SubsidyPayoutRoute,
})

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PayoutPrintPage } from '@/features/subsidies/components/payout-print-page'

const routeApi = getRouteApi('/app/subsidy-payouts/$payoutId/print')

const SubsidyPayoutPrintRoute = () => {
  const { payoutId } = routeApi.useParams()
  return <PayoutPrintPage key={payoutId} payoutId={payoutId} />
}

export const Route = createLazyRoute('/app/subsidy-payouts/$payoutId/print')({
  component: SubsidyPayoutPrintRoute,
})

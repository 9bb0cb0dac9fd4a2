import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { ContractPrintPage } from '@/features/rentals/components/contract-print-page'

const routeApi = getRouteApi('/app/rentals/contracts/$contractId/print')

const RentalContractPrintRoute = () => {
  const { contractId } = routeApi.useParams()
  return <ContractPrintPage key={contractId} contractId={contractId} />
}

export const Route = createLazyRoute('/app/rentals/contracts/$contractId/print')({
  component: RentalContractPrintRoute,
})

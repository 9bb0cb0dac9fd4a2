import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { TransferLetterPage } from '@/features/party/components/transfer-letter-page'

const routeApi = getRouteApi('/app/party/transfers/$transferId/print')

const PartyTransferPrintRoute = () => {
  const { transferId } = routeApi.useParams()
  return <TransferLetterPage key={transferId} transferId={transferId} />
}

export const Route = createLazyRoute('/app/party/transfers/$transferId/print')({
  component: PartyTransferPrintRoute,
})

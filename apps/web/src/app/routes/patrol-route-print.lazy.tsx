import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolQrPrintPage } from '@/features/patrol/components/patrol-qr-print-page'

const routeApi = getRouteApi('/app/patrol-routes/$routeId/qr/print')

const PatrolQrPrintPageRoute = () => {
  const { routeId } = routeApi.useParams()
  return <PatrolQrPrintPage key={routeId} routeId={routeId} />
}

export const Route = createLazyRoute('/app/patrol-routes/$routeId/qr/print')({
  component: PatrolQrPrintPageRoute,
})

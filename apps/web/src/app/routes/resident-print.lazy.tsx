import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { ResidentPrintPage } from '@/features/residents/components/resident-print-page'

const routeApi = getRouteApi('/app/residents/$residentId/print')

const ResidentPrintRoute = () => {
  const { residentId } = routeApi.useParams()
  return <ResidentPrintPage key={residentId} residentId={residentId} />
}

export const Route = createLazyRoute('/app/residents/$residentId/print')({
  component: ResidentPrintRoute,
})

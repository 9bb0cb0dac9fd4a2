import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { TemporaryResidentPrintPage } from '@/features/rentals/components/temporary-resident-print-page'

const routeApi = getRouteApi('/app/temporary-residents/$id/print')

const TemporaryResidentPrintRoute = () => {
  const { id } = routeApi.useParams()
  return <TemporaryResidentPrintPage key={id} id={id} />
}

export const Route = createLazyRoute('/app/temporary-residents/$id/print')({
  component: TemporaryResidentPrintRoute,
})

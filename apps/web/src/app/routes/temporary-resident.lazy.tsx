import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { TemporaryResidentPage } from '@/features/rentals/components/temporary-resident-page'

const routeApi = getRouteApi('/app/temporary-residents/$id')

const TemporaryResidentRoute = () => {
  const { id } = routeApi.useParams()
  return <TemporaryResidentPage key={id} id={id} />
}

export const Route = createLazyRoute('/app/temporary-residents/$id')({
  component: TemporaryResidentRoute,
})

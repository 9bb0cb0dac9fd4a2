import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolRoutePage } from '@/features/patrol/components/patrol-route-page'

const routeApi = getRouteApi('/app/patrol-routes/$routeId')

const PatrolRoutePageRoute = () => {
  const { routeId } = routeApi.useParams()
  return <PatrolRoutePage key={routeId} routeId={routeId} />
}

export const Route = createLazyRoute('/app/patrol-routes/$routeId')({
  component: PatrolRoutePageRoute,
})

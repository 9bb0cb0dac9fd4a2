import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolLogPage } from '@/features/patrol/components/patrol-log-page'

const routeApi = getRouteApi('/app/patrol-logs/$logId')

const PatrolLogRoute = () => {
  const { logId } = routeApi.useParams()
  return <PatrolLogPage key={logId} logId={logId} />
}

export const Route = createLazyRoute('/app/patrol-logs/$logId')({ component: PatrolLogRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolLogFormPage } from '@/features/patrol/components/patrol-log-form-page'

const routeApi = getRouteApi('/app/patrol-logs/$logId/edit')

const PatrolLogEditRoute = () => {
  const { logId } = routeApi.useParams()
  return <PatrolLogFormPage key={logId} logId={logId} />
}

export const Route = createLazyRoute('/app/patrol-logs/$logId/edit')({
  component: PatrolLogEditRoute,
})

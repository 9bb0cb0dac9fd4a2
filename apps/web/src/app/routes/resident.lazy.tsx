import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { ResidentProfilePage } from '@/features/residents/components/resident-profile-page'

const routeApi = getRouteApi('/app/residents/$residentId')

const ResidentRoute = () => {
  const { residentId } = routeApi.useParams()
  // Keyed by id: moving between profiles starts each one fresh (modals closed).
  return <ResidentProfilePage key={residentId} residentId={residentId} />
}

export const Route = createLazyRoute('/app/residents/$residentId')({ component: ResidentRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { ResidentsPage } from '@/features/residents/components/residents-page'
import type { TResidentsSearch } from '@/features/residents/utils/resident-list-search'

const routeApi = getRouteApi('/app/residents')

const ResidentsRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TResidentsSearch) => void navigate({ search: next, replace: true })
  return <ResidentsPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/residents')({ component: ResidentsRoute })

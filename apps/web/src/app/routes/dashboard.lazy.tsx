import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { DashboardPage } from '@/features/statistics/components/dashboard-page'
import type { TDashboardSearch } from '@/features/statistics/utils/statistics-search'

const routeApi = getRouteApi('/app/dashboard')

const DashboardRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TDashboardSearch) => void navigate({ search: next, replace: true })
  return <DashboardPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/dashboard')({ component: DashboardRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { AuditPage } from '@/features/audit/components/audit-page'
import type { TAuditSearch } from '@/features/audit/utils/audit-search'

const routeApi = getRouteApi('/app/audit')

const AuditRoute = () => {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TAuditSearch) => void navigate({ search: next, replace: true })
  return <AuditPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/audit')({ component: AuditRoute })

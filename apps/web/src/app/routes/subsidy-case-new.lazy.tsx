import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SubsidyCaseCreatePage } from '@/features/subsidies/components/subsidy-case-create-page'

const routeApi = getRouteApi('/app/subsidy-cases/new')

const SubsidyCaseNewRoute = () => {
  const { householdId } = routeApi.useSearch()
  return <SubsidyCaseCreatePage key={householdId ?? 'any'} householdId={householdId} />
}

export const Route = createLazyRoute('/app/subsidy-cases/new')({ component: SubsidyCaseNewRoute })

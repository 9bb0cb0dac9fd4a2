import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SubsidyCasePage } from '@/features/subsidies/components/subsidy-case-page'

const routeApi = getRouteApi('/app/subsidy-cases/$caseId')

const SubsidyCaseRoute = () => {
  const { caseId } = routeApi.useParams()
  return <SubsidyCasePage key={caseId} caseId={caseId} />
}

export const Route = createLazyRoute('/app/subsidy-cases/$caseId')({ component: SubsidyCaseRoute })

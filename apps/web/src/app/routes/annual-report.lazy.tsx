import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { AnnualReportPage } from '@/features/reports/components/annual-report-page'

const routeApi = getRouteApi('/app/reports/annual/$year')

const AnnualReportRoute = () => {
  const { year } = routeApi.useParams()
  const { committeeId } = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  return (
    <AnnualReportPage
      year={Number(year)}
      committeeId={committeeId}
      onChange={(next) =>
        void navigate({
          params: { year: String(next.year) },
          search: { committeeId: next.committeeId },
        })
      }
    />
  )
}

export const Route = createLazyRoute('/app/reports/annual/$year')({
  component: AnnualReportRoute,
})

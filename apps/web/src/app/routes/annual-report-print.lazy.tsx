import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { AnnualReportPrintPage } from '@/features/reports/components/annual-report-print-page'

const routeApi = getRouteApi('/app/reports/annual/$year/print')

const AnnualReportPrintRoute = () => {
  const { year } = routeApi.useParams()
  const { committeeId } = routeApi.useSearch()
  return <AnnualReportPrintPage year={Number(year)} committeeId={committeeId} />
}

export const Route = createLazyRoute('/app/reports/annual/$year/print')({
  component: AnnualReportPrintRoute,
})

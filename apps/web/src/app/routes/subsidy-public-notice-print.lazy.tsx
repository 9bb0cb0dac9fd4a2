import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PublicNoticePrintPage } from '@/features/subsidies/components/public-notice-print-page'

const routeApi = getRouteApi('/app/subsidy-cases/public-notice/print')

const PublicNoticePrintRoute = () => {
  const { committeeId } = routeApi.useSearch()
  return <PublicNoticePrintPage committeeId={committeeId} />
}

export const Route = createLazyRoute('/app/subsidy-cases/public-notice/print')({
  component: PublicNoticePrintRoute,
})

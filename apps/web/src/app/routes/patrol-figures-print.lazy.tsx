import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import dayjs from '@/lib/dayjs'
import { PatrolFiguresPrintPage } from '@/features/patrol/components/patrol-figures-print-page'

const routeApi = getRouteApi('/app/patrol-figures/print')

const PatrolFiguresPrintRoute = () => {
  const { month, committeeId } = routeApi.useSearch()
  return (
    <PatrolFiguresPrintPage month={month ?? dayjs().format('YYYY-MM')} committeeId={committeeId} />
  )
}

export const Route = createLazyRoute('/app/patrol-figures/print')({
  component: PatrolFiguresPrintRoute,
})

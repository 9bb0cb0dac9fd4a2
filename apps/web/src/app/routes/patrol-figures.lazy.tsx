import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolFiguresPage } from '@/features/patrol/components/patrol-figures-page'

const routeApi = getRouteApi('/app/patrol-figures')

const PatrolFiguresRoute = () => {
  const { month } = routeApi.useSearch()
  return <PatrolFiguresPage initialMonth={month} />
}

export const Route = createLazyRoute('/app/patrol-figures')({ component: PatrolFiguresRoute })

import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { FigureRowsPage } from '@/features/statistics/components/figure-rows-page'
import type { TFigureRowsSearch } from '@/features/statistics/utils/statistics-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/statistics/$key')

const StatisticsFigureRoute = () => {
  const { key } = routeApi.useParams()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TFigureRowsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <FigureRowsPage figureKey={key} search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/statistics/$key')({ component: StatisticsFigureRoute })

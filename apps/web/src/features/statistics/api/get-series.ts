import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZSeries, type TSeriesQuery } from '@cr/shared/statistics/statistics'
import { statisticsKeys } from '@/components/statistics/get-statistics'
import { apiRequest } from '@/lib/api-client'

type TQuery = Omit<TSeriesQuery, 'interval' | 'periods'> & {
  interval: TSeriesQuery['interval']
  periods?: number
}

/** Figures over months or weeks for a chart; not asked at all when none of its keys exist. */
export const useSeries = (query: TQuery) =>
  useQuery(
    queryOptions({
      queryKey: [...statisticsKeys.all, 'series', query] as const,
      queryFn: ({ signal }) => apiRequest('/statistics/series', { query, signal }, ZSeries),
      enabled: query.keys !== '',
    }),
  )

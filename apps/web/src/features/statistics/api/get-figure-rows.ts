import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZFigureRows } from '@cr/shared/statistics/statistics'
import { useTranslation } from 'react-i18next'
import { statisticsKeys } from '@/components/statistics/get-statistics'
import { apiRequest } from '@/lib/api-client'
import { pageQueryOf } from '@/lib/search-params'
import { statisticsQueryOf, type TFigureRowsSearch } from '../utils/statistics-search'

/** The records one figure counts, a numbered page at a time (as the other lists). */
export const useFigureRows = (key: string, search: TFigureRowsSearch) => {
  const { i18n } = useTranslation()
  const query = { ...statisticsQueryOf(search), part: search.part, ...pageQueryOf(search) }
  return useQuery(
    queryOptions({
      queryKey: [...statisticsKeys.all, 'rows', key, i18n.language, query] as const,
      queryFn: ({ signal }) =>
        apiRequest(
          `/statistics/figures/${encodeURIComponent(key)}/rows`,
          { query, signal },
          ZFigureRows,
        ),
      placeholderData: keepPreviousData,
    }),
  )
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { figureCatalog, figureEntry } from '@cr/shared/statistics/figure-catalog'
import {
  ZStatistics,
  figureModules,
  type TStatistics,
  type TStatisticsQuery,
} from '@cr/shared/statistics/statistics'
import { useTranslation } from 'react-i18next'
import { apiRequest } from '@/lib/api-client'

/**
 * The office's figures (`GET /statistics`), shared by the dashboard and the home page's row of
 * key figures. The language is in the key: the API names the figures in the language asked for.
 */
export const statisticsKeys = {
  all: ['statistics'] as const,
  figures: (query: TStatisticsQuery, language: string) =>
    [...statisticsKeys.all, 'figures', language, query] as const,
}

export const getStatisticsQueryOptions = (
  query: TStatisticsQuery,
  language: string,
  enabled = true,
) =>
  queryOptions({
    queryKey: statisticsKeys.figures(query, language),
    queryFn: ({ signal }) => apiRequest('/statistics', { query, signal }, ZStatistics),
    placeholderData: keepPreviousData,
    enabled,
  })

export const useStatistics = (query: TStatisticsQuery, enabled = true) => {
  const { i18n } = useTranslation()
  return useQuery(getStatisticsQueryOptions(query, i18n.language, enabled))
}

const catalogIndex = (key: string, order: readonly string[]) => {
  const index = order.indexOf(key)
  return index === -1 ? Number.MAX_SAFE_INTEGER : index
}

/**
 * The modules and their figures in the catalog's order, whatever order the API sends them in
 * (a module's figures arrive as its source lists them; a key the catalog does not know yet goes
 * last rather than away).
 */
export const inCatalogOrder = (
  modules: TStatistics['modules'],
  catalogKeys: readonly string[] = figureCatalog.map((entry) => entry.key),
): TStatistics['modules'] =>
  [...modules]
    .sort((a, b) => figureModules.indexOf(a.module) - figureModules.indexOf(b.module))
    .map((module) => ({
      ...module,
      figures: [...module.figures].sort(
        (a, b) => catalogIndex(a.key, catalogKeys) - catalogIndex(b.key, catalogKeys),
      ),
    }))

/** Whether a figure is about the period (`from`…`asOf`) rather than a state on `asOf`. */
export const isPeriodFigure = (key: string): boolean => figureEntry(key)?.period === true

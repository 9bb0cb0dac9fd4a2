import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZAnnualReport,
  ZAnnualReportHistory,
  ZAnnualReportText,
  type TAnnualReportSection,
} from '@cr/shared/reports/annual-report'
import { apiBase, apiRequest } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'

export type TReportScope = { year: number; committeeId?: string }

/** Everything of the annual report under one key: a saved text refreshes report and history. */
export const reportKeys = {
  root: ['annual-report'] as const,
  report: (scope: TReportScope) => [...reportKeys.root, 'report', scope] as const,
  history: (scope: TReportScope, section: TAnnualReportSection) =>
    [...reportKeys.root, 'history', scope, section] as const,
}

const base = (year: number) => `/reports/annual/${year}`

/** GET /reports/annual/:year — the figures as of 31 December, the tables and the texts. */
export const useAnnualReport = (scope: TReportScope) =>
  useQuery({
    queryKey: reportKeys.report(scope),
    queryFn: ({ signal }) =>
      apiRequest(
        base(scope.year),
        { query: { committeeId: scope.committeeId }, signal },
        ZAnnualReport,
      ),
    placeholderData: keepPreviousData,
  })

/** GET …/sections/:section/history — fetched when the 历史版本 drawer opens. */
export const useTextHistory = (
  scope: TReportScope,
  section: TAnnualReportSection,
  enabled: boolean,
) =>
  useQuery({
    queryKey: reportKeys.history(scope, section),
    queryFn: ({ signal }) =>
      apiRequest(
        `${base(scope.year)}/sections/${section}/history`,
        { query: { committeeId: scope.committeeId }, signal },
        ZAnnualReportHistory,
      ),
    enabled,
  })

/** PUT …/sections/:section/text with If-Match: the version the clerk started from. */
export const useSaveReportText = (scope: TReportScope, section: TAnnualReportSection) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, version }: { body: string; version: number }) =>
      apiRequest(
        `${base(scope.year)}/sections/${section}/text`,
        {
          method: 'PUT',
          query: { committeeId: scope.committeeId },
          body: { body },
          ifMatch: version,
        },
        ZAnnualReportText,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.root }),
  })
}

/** The .docx's address: a plain link, so the browser downloads it under the server's name. */
export const annualReportDocxHref = (scope: TReportScope) =>
  `${apiBase}${base(scope.year)}/docx${toQueryString({ committeeId: scope.committeeId })}`

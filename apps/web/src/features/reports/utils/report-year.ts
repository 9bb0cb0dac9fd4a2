import { annualReportFirstYear } from '@cr/shared/reports/annual-report'

/** The years a report can be asked for, newest first: 2000 … this year. */
export const reportYears = (today: string): number[] => {
  const last = Number(today.slice(0, 4))
  return Array.from({ length: last - annualReportFirstYear + 1 }, (_, i) => last - i)
}

/** A figure's drill-down: the records behind it as of the report's day. */
export const drillDownHref = (
  key: string,
  report: { asOf: string; from: string },
  committeeId?: string,
) => {
  const query = new URLSearchParams({ asOf: report.asOf, from: report.from })
  if (committeeId) query.set('committeeId', committeeId)
  return `/statistics/${encodeURIComponent(key)}?${query.toString()}`
}

/** The report's day as the office writes it: 2026年12月31日 (ISO in English). */
export const reportDate = (date: string, zh: boolean) =>
  zh
    ? `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
    : date

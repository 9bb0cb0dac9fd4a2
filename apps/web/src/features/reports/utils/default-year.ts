/**
 * What the eagerly loaded route needs, with no imports (it is in the signed-in frame's chunk):
 * today by the browser's clock, and the year the report opens on.
 */

/** Today by the browser's clock, `YYYY-MM-DD` (the office works in China's time). */
export const browserToday = (now = new Date()): string =>
  [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')

/**
 * The year the report opens on: last year's, which the office writes in January — or this
 * year's once December has come (the summary is written before the year ends).
 */
export const defaultReportYear = (today: string): number => {
  const year = Number(today.slice(0, 4))
  return today.slice(5, 7) === '12' ? year : year - 1
}

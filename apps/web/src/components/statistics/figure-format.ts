import type { TFigureUnit } from '@cr/shared/statistics/statistics'
import dayjs from '@/lib/dayjs'

/**
 * How a figure's number reads on the dashboard, the home page and a drill-down: counts as they
 * are, 分 as 元 with two decimals, minutes as hours (one decimal), per mille as a percentage
 * (985 → 98.5%). The unit word (元, 小时) comes from the texts (`statistics:units`); null is
 * "not recorded" and is never shown as 0 — the caller says 未录入.
 */
export const formatFigureNumber = (value: number, unit: TFigureUnit): string => {
  switch (unit) {
    case 'fen':
      return (value / 100).toLocaleString('zh-CN', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
    case 'minutes':
      return (value / 60).toLocaleString('zh-CN', { maximumFractionDigits: 1 })
    case 'per-mille':
      return `${(value / 10).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`
    default:
      return value.toLocaleString('zh-CN')
  }
}

/** The units whose number is followed by a word (元, 小时); the others carry their own sign. */
export const unitWords = ['fen', 'minutes'] as const
export const hasUnitWord = (unit: TFigureUnit): unit is (typeof unitWords)[number] =>
  (unitWords as readonly string[]).includes(unit)

/**
 * The change from the previous period, signed (+3, −2, +1.5%, +120.00): null when either side
 * is not recorded (a change from "nothing recorded" means nothing). A rate's change is in
 * percentage points, shown with the same % sign.
 */
export const formatFigureChange = (
  value: number | null,
  previous: number | null | undefined,
  unit: TFigureUnit,
): { text: string; direction: 'up' | 'down' | 'same' } | null => {
  if (value === null || previous === null || previous === undefined) return null
  const delta = value - previous
  if (delta === 0) return { text: formatFigureNumber(0, unit), direction: 'same' }
  const text = formatFigureNumber(Math.abs(delta), unit)
  return delta > 0 ? { text: `+${text}`, direction: 'up' } : { text: `−${text}`, direction: 'down' }
}

const isoDay = 'YYYY-MM-DD'

/**
 * The day the dashboard compares with: the end of the previous month — or, when `asOf` is a
 * year's last day (the annual figures), the end of the previous year.
 */
export const previousPeriodAsOf = (asOf: string): string => {
  const day = dayjs(asOf)
  if (day.format('MM-DD') === '12-31') return day.subtract(1, 'year').format(isoDay)
  return day.startOf('month').subtract(1, 'day').format(isoDay)
}

/**
 * The period start of the comparison: the one chosen when it lies before the previous date (so
 * "since 1 March" compares with "since 1 March" a month earlier), otherwise the API's default
 * (1 January of the previous date's year).
 */
export const previousPeriodFrom = (
  from: string | undefined,
  previousAsOf: string,
): string | undefined => (from !== undefined && from <= previousAsOf ? from : undefined)

/** The as-of quick picks: 今天, 上月末, 上季度末, 上年末, from the day given (today). */
export const asOfQuickPicks = (today: string) => {
  const day = dayjs(today)
  const quarterStartMonth = Math.floor(day.month() / 3) * 3
  return {
    today: day.format(isoDay),
    lastMonthEnd: day.startOf('month').subtract(1, 'day').format(isoDay),
    lastQuarterEnd: day.month(quarterStartMonth).startOf('month').subtract(1, 'day').format(isoDay),
    lastYearEnd: day.startOf('year').subtract(1, 'day').format(isoDay),
  }
}

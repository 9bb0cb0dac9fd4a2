import {
  addDays,
  dayNumber,
  firstDayOfMonth,
  lastDayOfMonth,
  addMonthsToMonth,
  monthOf,
} from '@cr/shared/party/calendar'

export type TPeriod = { from: string; asOf: string }

/** The `periods` consecutive months or weeks (Monday to Sunday) ending with the one holding `to`. */
export const seriesPeriods = (
  interval: 'month' | 'week',
  to: string,
  periods: number,
): TPeriod[] => {
  if (interval === 'month') {
    const last = monthOf(to)
    return Array.from({ length: periods }, (_, i) => {
      const month = addMonthsToMonth(last, i - periods + 1)
      return { from: firstDayOfMonth(month), asOf: lastDayOfMonth(month) }
    })
  }
  // 1970-01-01 (day 0) was a Thursday: Monday is day number ≡ 4 (mod 7).
  const monday = addDays(to, -((((dayNumber(to) - 4) % 7) + 7) % 7))
  return Array.from({ length: periods }, (_, i) => {
    const from = addDays(monday, (i - periods + 1) * 7)
    return { from, asOf: addDays(from, 6) }
  })
}

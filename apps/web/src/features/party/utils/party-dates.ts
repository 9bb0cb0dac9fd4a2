import { addMonthsToMonth, monthOf, todayInChina } from '@cr/shared/party/calendar'

/** The current quarter as the compliance API names it: `2026Q4`. */
export const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`

export const currentMonth = (now?: Date): string => monthOf(todayInChina(now))

/** Months a dues roll can be asked for: this month and the 23 before it, newest first. */
export const recentMonths = (month: string, count = 24): string[] =>
  Array.from({ length: count }, (_, i) => addMonthsToMonth(month, -i))

/** `2026-11` → `2026年11月`; English keeps the ISO month. */
export const formatMonth = (month: string | null | undefined, language: string): string => {
  if (!month) return '—'
  if (language.startsWith('en')) return month
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

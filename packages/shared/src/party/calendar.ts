import { z } from 'zod'

/**
 * Calendar arithmetic on `YYYY-MM-DD` dates and `YYYY-MM` months, as the party rules need it.
 *
 * Every date here is a calendar day in China Standard Time (as `ZDate` in common/record.ts).
 * Arithmetic runs on UTC midnights, so no time zone or daylight shift can move a day; only
 * `cstDateOf` looks at an instant, and it adds the fixed +08:00 of CST (China has no DST).
 *
 * Month and year periods follow 民法典 第二百零一、二百零二条 (the usual reading of "one year",
 * "three months" in Chinese rules): a period in months ends on the corresponding day of the
 * final month, and on that month's last day when it has no such day — 31 January + 1 month is
 * 28/29 February, 29 February + 1 year is 28 February.
 */

const dayMs = 86_400_000
const cstOffsetMs = 8 * 3_600_000

export const ZMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('A calendar month, `YYYY-MM`')

/** True for a real day written `YYYY-MM-DD` (Date.parse alone would roll 02-30 into March). */
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

/** Days since 1970-01-01; refuses anything that is not a real `YYYY-MM-DD` day. */
export const dayNumber = (date: string): number => {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`)
  return Date.parse(`${date}T00:00:00Z`) / dayMs
}

const fromDayNumber = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10)

/** The calendar day in China Standard Time at an instant. */
export const cstDateOf = (instant: Date): string =>
  new Date(instant.getTime() + cstOffsetMs).toISOString().slice(0, 10)

/** Today in China Standard Time; `now` is a parameter so tests can fix the clock. */
export const todayInChina = (now: Date = new Date()): string => cstDateOf(now)

export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days)

/** `b − a` in days (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a)

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The corresponding day `months` later (or earlier), on the month's last day if it has none. */
export const addMonths = (date: string, months: number): string => {
  dayNumber(date)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const d = Math.min(day, daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export const addYears = (date: string, years: number): string => addMonths(date, years * 12)

/**
 * Whole months from `a` to `b`: the largest m with `addMonths(a, m) <= b` (towards zero when b
 * is earlier). So a period of one month has passed on the corresponding day, not before.
 */
export const wholeMonthsBetween = (a: string, b: string): number => {
  dayNumber(a)
  dayNumber(b)
  const [ya, ma] = a.split('-').map(Number) as [number, number]
  const [yb, mb] = b.split('-').map(Number) as [number, number]
  let m = (yb - ya) * 12 + (mb - ma)
  if (m > 0 && addMonths(a, m) > b) m -= 1
  if (m < 0 && addMonths(a, m) < b) m += 1
  return m
}

/** Whole years from `a` to `b` (anniversaries passed; 29 February's falls on 28 February). */
export const wholeYearsBetween = (a: string, b: string): number =>
  Math.trunc(wholeMonthsBetween(a, b) / 12)

export const laterOf = (a: string, b: string): string => (a > b ? a : b)
export const earlierOf = (a: string, b: string): string => (a < b ? a : b)

// ---- months (`YYYY-MM`) ----

/** The month of a day. */
export const monthOf = (date: string): string => date.slice(0, 7)

const monthIndex = (month: string): number => {
  if (!ZMonth.safeParse(month).success) throw new RangeError(`Not a month: ${month}`)
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

const fromMonthIndex = (index: number): string => {
  const y = Math.floor(index / 12)
  return `${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}`
}

export const addMonthsToMonth = (month: string, months: number): string =>
  fromMonthIndex(monthIndex(month) + months)

/** `b − a` in months. */
export const monthsBetween = (a: string, b: string): number => monthIndex(b) - monthIndex(a)

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export const monthRange = (from: string, to: string): string[] => {
  const start = monthIndex(from)
  const end = monthIndex(to)
  const months: string[] = []
  for (let i = start; i <= end; i++) months.push(fromMonthIndex(i))
  return months
}

export const firstDayOfMonth = (month: string): string => `${fromMonthIndex(monthIndex(month))}-01`

export const lastDayOfMonth = (month: string): string => {
  const index = monthIndex(month)
  return `${fromMonthIndex(index)}-${String(daysInMonth(Math.floor(index / 12), (index % 12) + 1)).padStart(2, '0')}`
}

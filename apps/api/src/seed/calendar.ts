import type { TRandom } from './random.ts'

/** Calendar arithmetic on `YYYY-MM-DD` strings (UTC midnight, so no time zone shifts). */
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`)
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10)
const dayMs = 86_400_000

export const addDays = (date: string, days: number) => fromTime(toTime(date) + days * dayMs)

/** The same day `years` later (29 February becomes 1 March in other years). */
export const addYears = (date: string, years: number) => {
  const d = new Date(toTime(date))
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return fromTime(d.getTime())
}

export const laterOf = (a: string, b: string) => (a > b ? a : b)
export const earlierOf = (a: string, b: string) => (a < b ? a : b)

/** A day in [from, to], both included; `from` when the range is empty. */
export const dayBetween = (random: TRandom, from: string, to: string) => {
  const span = Math.round((toTime(to) - toTime(from)) / dayMs)
  return span <= 0 ? from : addDays(from, random.int(0, span))
}

/** A birth date of someone `age` whole years old on `today` (never today itself). */
export const birthDateForAge = (random: TRandom, today: string, age: number) =>
  dayBetween(random, addDays(addYears(today, -(age + 1)), 1), addDays(addYears(today, -age), -1))

export const yearOf = (date: string) => Number(date.slice(0, 4))

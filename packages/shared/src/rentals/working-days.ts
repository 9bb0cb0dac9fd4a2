import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' }
import { addDays, dayNumber } from '../party/calendar.ts'

/**
 * Working days in mainland China: Monday to Friday, less the statutory public holidays, plus the
 * weekend days made working days by the State Council's yearly schedule (调休). The schedule is
 * the `chinese-days` package's (published each year after the 国务院办公厅 notice), read as data
 * — `holidays` and `workdays` keyed by `YYYY-MM-DD` — so no time zone enters the question.
 *
 * A year the package does not hold yet (the next year's schedule comes out each November) counts
 * weekends only: `holidayScheduleKnown` says so, and a deadline computed across such a year is
 * provisional (`registrationDeadline`'s `provisional`). Update the package each year.
 */
const { holidays, workdays } = chineseDays as {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

const yearsKnown = new Set(Object.keys(holidays).map((d) => d.slice(0, 4)))

/** True when the package holds the State Council's holiday schedule for the date's year. */
export const holidayScheduleKnown = (date: string): boolean => yearsKnown.has(date.slice(0, 4))

/** A statutory public holiday (法定节假日 and the days joined to it), by the package. */
export const isPublicHoliday = (date: string): boolean => date in holidays

/** An adjusted working day (调休上班): a Saturday or Sunday worked instead of a holiday. */
export const isAdjustedWorkingDay = (date: string): boolean => date in workdays

export const isWorkingDay = (date: string): boolean => {
  if (isAdjustedWorkingDay(date)) return true
  if (isPublicHoliday(date)) return false
  // 1970-01-01 was a Thursday: day 0 → 4.
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7
  return weekday !== 0 && weekday !== 6
}

/**
 * The `n`th working day after `date` (n ≥ 1). The start day itself is not counted (民法典 第二百零一条:
 * a period in days starts on the next day), and so the result is always a working day.
 */
export const addWorkingDays = (date: string, n: number): string => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Not a count of working days: ${n}`)
  let day = date
  let left = n
  while (left > 0) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left -= 1
  }
  return day
}

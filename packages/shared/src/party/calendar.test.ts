import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  addYears,
  cstDateOf,
  isCalendarDate,
  lastDayOfMonth,
  monthRange,
  wholeMonthsBetween,
  wholeYearsBetween,
} from './calendar.ts'

const day = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2080-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

describe('calendar (CST days)', () => {
  it('refuses days that do not exist', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
  })

  it('ends month periods on the corresponding day, or the month’s last (民法典第二百零二条)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15')
  })

  it('counts whole months and years by anniversaries', () => {
    expect(wholeMonthsBetween('2026-01-10', '2026-07-09')).toBe(5)
    expect(wholeMonthsBetween('2026-01-10', '2026-07-10')).toBe(6)
    expect(wholeYearsBetween('2024-02-29', '2025-02-27')).toBe(0)
    expect(wholeYearsBetween('2024-02-29', '2025-02-28')).toBe(1)
  })

  it('takes the China Standard Time day of an instant (quarters turn at 16:00 UTC)', () => {
    expect(cstDateOf(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30')
    expect(cstDateOf(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01')
  })

  it('lists months and their last days', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29')
  })

  it('has m whole months exactly when addMonths(a, m) <= b < addMonths(a, m + 1)', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        const m = wholeMonthsBetween(from, to)
        expect(m).toBeGreaterThanOrEqual(0)
        expect(addMonths(from, m) <= to).toBe(true)
        expect(addMonths(from, m + 1) > to).toBe(true)
      }),
    )
  })
})

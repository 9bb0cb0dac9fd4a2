import { describe, expect, it } from 'vitest'
import { registrationDeadline, registrationTimeliness } from './registration.ts'
import {
  addWorkingDays,
  holidayScheduleKnown,
  isAdjustedWorkingDay,
  isPublicHoliday,
  isWorkingDay,
} from './working-days.ts'

// The 2026 schedule (国办发明电〔2025〕7号) as chinese-days 1.5.7 holds it: 春节 2-15…2-23 with
// 2-14 (Sat) and 2-28 (Sat) worked; 中秋 9-25…9-27 with 9-20 (Sun) worked; 国庆 10-1…10-7 with
// 10-10 (Sat) worked.
describe('working days (the package’s 2026 schedule)', () => {
  it('knows the holidays and the adjusted working days', () => {
    expect(isPublicHoliday('2026-10-01')).toBe(true)
    expect(isPublicHoliday('2026-02-17')).toBe(true)
    expect(isAdjustedWorkingDay('2026-10-10')).toBe(true)
    expect(isAdjustedWorkingDay('2026-02-14')).toBe(true)
    expect(isAdjustedWorkingDay('2026-09-20')).toBe(true)
  })

  it('is Monday to Friday, less holidays, plus adjusted working days', () => {
    expect(isWorkingDay('2026-11-30')).toBe(true) // Monday
    expect(isWorkingDay('2026-11-28')).toBe(false) // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false) // Sunday
    expect(isWorkingDay('2026-10-05')).toBe(false) // Monday in 国庆
    expect(isWorkingDay('2026-10-10')).toBe(true) // Saturday worked
    expect(isWorkingDay('2026-09-25')).toBe(false) // Friday, 中秋
  })

  it('does not count the start day', () => {
    expect(addWorkingDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07') // Friday → Monday
    expect(() => addWorkingDays('2026-12-04', 0)).toThrow(RangeError)
  })

  it('says which years the package holds', () => {
    expect(holidayScheduleKnown('2026-12-31')).toBe(true)
    expect(holidayScheduleKnown('2004-05-01')).toBe(true)
    expect(holidayScheduleKnown('2199-01-01')).toBe(false)
  })
})

describe('the 3-working-day registration deadline', () => {
  it('is the 3rd working day after an ordinary move-in', () => {
    expect(registrationDeadline('2026-11-30')).toEqual({
      deadline: '2026-12-03',
      provisional: false,
    })
    // Thursday: Friday, then Monday and Tuesday.
    expect(registrationDeadline('2026-12-03').deadline).toBe('2026-12-08')
  })

  it('skips a public holiday and counts the adjusted working day after it (国庆)', () => {
    // 9-30 Wed; 10-1…10-7 holiday; 10-8 Thu (1), 10-9 Fri (2), 10-10 Sat worked (3).
    expect(registrationDeadline('2026-09-30').deadline).toBe('2026-10-10')
    // Without the 调休 Saturday it would have been Monday 10-12.
    expect(registrationDeadline('2026-10-01').deadline).toBe('2026-10-10')
  })

  it('counts an adjusted Sunday before a holiday (中秋)', () => {
    // 9-18 Fri; 9-20 Sun worked (1), 9-21 Mon (2), 9-22 Tue (3).
    expect(registrationDeadline('2026-09-18').deadline).toBe('2026-09-22')
    // 9-24 Thu; 9-25 Fri…9-27 Sun holiday; 9-28 (1), 9-29 (2), 9-30 (3).
    expect(registrationDeadline('2026-09-24').deadline).toBe('2026-09-30')
  })

  it('runs across 春节 and its adjusted Saturday', () => {
    // 2-12 Thu; 2-13 Fri (1), 2-14 Sat worked (2), 2-15…2-23 holiday, 2-24 Tue (3).
    expect(registrationDeadline('2026-02-12').deadline).toBe('2026-02-24')
  })

  it('is provisional where the package has no schedule for the year', () => {
    expect(registrationDeadline('2199-12-01').provisional).toBe(true)
    // 12-30 Wed: 12-31 (1), then into 2027, whose schedule the package does not hold yet.
    expect(registrationDeadline('2026-12-30').provisional).toBe(true)
  })
})

describe('registration timeliness: late is a state, not a refusal', () => {
  const movedIn = '2026-09-30' // deadline 2026-10-10
  it('is on time up to and on the deadline, late after it', () => {
    expect(registrationTimeliness(movedIn, '2026-10-09', '2026-11-30').state).toBe('on_time')
    expect(registrationTimeliness(movedIn, '2026-10-10', '2026-11-30').state).toBe('on_time')
    expect(registrationTimeliness(movedIn, '2026-10-12', '2026-11-30')).toEqual({
      state: 'late',
      deadline: '2026-10-10',
      provisional: false,
      daysLate: 2,
    })
  })

  it('is due before the deadline and overdue after it while undeclared', () => {
    expect(registrationTimeliness(movedIn, null, '2026-10-10').state).toBe('due')
    expect(registrationTimeliness(movedIn, null, '2026-10-11')).toMatchObject({
      state: 'overdue',
      daysLate: 1,
    })
  })
})

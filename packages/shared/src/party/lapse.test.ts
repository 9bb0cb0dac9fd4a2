import { describe, expect, it } from 'vitest'
import { duesRoll } from './dues-roll.ts'
import { lapseRisk } from './lapse.ts'

const base = { since: '2020-07-01', lastDuesMonth: '2026-07', lastMeetingOn: '2026-07-10' }

describe('自行脱党 warning (6 months)', () => {
  it.each([
    ['2026-05-15', 3, 'ok'], // paid to January: February to April missed
    ['2026-06-15', 4, 'warning'],
    ['2026-07-31', 5, 'warning'],
    ['2026-08-01', 6, 'lapse'], // February to July, July now over
  ])('dues paid to 2026-01, on %s: %i months, %s', (on, months, level) => {
    const risk = lapseRisk({ ...base, lastDuesMonth: '2026-01', lastMeetingOn: on }, on)
    expect(risk.dues).toEqual({ level, months })
    expect(risk.meetings.level).toBe('ok')
    expect(risk.level).toBe(level)
  })

  it.each([
    ['2026-04-10', 3, 'ok'],
    ['2026-05-09', 3, 'ok'],
    ['2026-05-10', 4, 'warning'],
    ['2026-06-10', 5, 'warning'],
    ['2026-07-09', 5, 'warning'],
    ['2026-07-10', 6, 'lapse'],
  ])('last meeting 2026-01-10, on %s: %i months, %s', (on, months, level) => {
    const risk = lapseRisk(
      { ...base, lastDuesMonth: on.slice(0, 7), lastMeetingOn: '2026-01-10' },
      on,
    )
    expect(risk.meetings).toEqual({ level, months })
    expect(risk.dues.level).toBe('ok')
    expect(risk.level).toBe(level)
  })

  it('reports each reason separately and the worse as the level', () => {
    const risk = lapseRisk(
      { since: '2020-07-01', lastDuesMonth: '2026-02', lastMeetingOn: '2026-01-10' },
      '2026-07-10',
    )
    expect(risk).toEqual({
      level: 'lapse',
      dues: { level: 'warning', months: 4 },
      meetings: { level: 'lapse', months: 6 },
    })
  })

  it('counts from `since` when nothing was paid or attended', () => {
    const risk = lapseRisk(
      { since: '2026-01-10', lastDuesMonth: null, lastMeetingOn: null },
      '2026-07-01',
    )
    expect(risk.dues).toEqual({ level: 'lapse', months: 6 }) // January to June
    expect(risk.meetings).toEqual({ level: 'warning', months: 5 })
  })

  it('counts meetings from `meetingsSince` (the member came onto this roll), not from joining', () => {
    const member = { since: '1985-07-01', lastDuesMonth: '2026-10', lastMeetingOn: null }
    expect(lapseRisk(member, '2026-11-30').meetings).toEqual({ level: 'lapse', months: 496 })
    const arrived = { ...member, meetingsSince: '2026-09-10' }
    expect(lapseRisk(arrived, '2026-11-30').meetings).toEqual({ level: 'ok', months: 2 })
    // A meeting attended before arriving does not count back further than the arrival.
    expect(
      lapseRisk({ ...arrived, lastMeetingOn: '2020-01-01' }, '2026-11-30').meetings.months,
    ).toBe(2)
    expect(lapseRisk({ ...arrived, meetingsSince: '2026-03-10' }, '2026-11-30').meetings).toEqual({
      level: 'lapse',
      months: 8,
    })
  })

  it('stays ok on a side the branch has excused', () => {
    const risk = lapseRisk(
      { ...base, lastDuesMonth: '2025-12', excused: { dues: true } },
      '2026-07-10',
    )
    expect(risk.dues).toEqual({ level: 'ok', months: 6 })
    expect(risk.level).toBe('ok')
  })
})

describe('自行脱党 counts months in a row without dues, from the last month paid', () => {
  it('paid Jan–Mar, missed April, paid May–Oct: no lapse on 2026-10-15 (April is owed)', () => {
    const payments = ['01', '02', '03', '05', '06', '07', '08', '09', '10'].map((m) => ({
      month: `2026-${m}`,
      amountFen: 2000,
    }))
    const roll = duesRoll({
      standards: [{ fromMonth: '2026-01', amountFen: 2000 }],
      fromMonth: '2026-01',
      toMonth: '2026-10',
      payments,
    })
    if (!roll.ok) throw new Error(roll.error)
    const risk = lapseRisk(
      { since: '2020-07-01', lastDuesMonth: roll.value.lastPaidMonth, lastMeetingOn: '2026-10-01' },
      '2026-10-15',
    )
    expect(risk.dues).toEqual({ level: 'ok', months: 0 })
    expect(roll.value.unpaidMonths).toEqual(['2026-04'])
  })
})

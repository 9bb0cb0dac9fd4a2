import { describe, expect, it } from 'vitest'
import { cstDateOf } from './calendar.ts'
import { type THeldMeeting, meetingCompliance, requiredMeetingTypes } from './meetings.ts'
import { type TPeriod, ZPeriod, parsePeriod, periodOf } from './period.ts'

const period = (text: string): TPeriod => {
  const parsed = parsePeriod(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

/** Everything a branch owes in 2026Q3, except the August 主题党日. */
const q3: THeldMeeting[] = [
  { type: 'member_meeting', date: '2026-08-20' },
  { type: 'party_lecture', date: '2026-07-01' },
  ...['2026-07-05', '2026-08-05', '2026-09-05'].flatMap((date) => [
    { type: 'committee_meeting' as const, date },
    { type: 'group_meeting' as const, date },
  ]),
  { type: 'themed_day', date: '2026-07-15' },
  { type: 'themed_day', date: '2026-09-15' },
  { type: 'themed_day', date: '2026-09-16' },
]

describe('periods', () => {
  it('reads quarters and years, in calendar quarters', () => {
    expect(period('2026Q3')).toMatchObject({ from: '2026-07-01', to: '2026-09-30', quarter: 3 })
    expect(period('2026q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' })
    expect(period('2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' })
    expect(parsePeriod('2026Q5')).toEqual({ ok: false, error: 'party_period_format' })
    expect(ZPeriod.safeParse('2026-07').error?.issues[0]).toMatchObject({
      params: { code: 'party_period_format' },
    })
  })

  it('puts a meeting in the quarter of its China Standard Time date', () => {
    // 30 June 17:00 UTC is 1 July 01:00 in Beijing: the third quarter.
    expect(periodOf(cstDateOf(new Date('2026-06-30T17:00:00Z')), 'quarter').label).toBe('2026Q3')
    expect(periodOf(cstDateOf(new Date('2026-06-30T15:00:00Z')), 'quarter').label).toBe('2026Q2')
  })
})

describe('三会一课 compliance', () => {
  it('finds the one missing meeting of a quarter', () => {
    const result = meetingCompliance({ meetings: q3, period: period('2026Q3') })
    const byType = Object.fromEntries(result.map((r) => [r.type, r]))
    expect(byType.themed_day).toMatchObject({
      required: 3,
      held: 3,
      compliant: false,
      missed: ['2026-08'],
    })
    for (const type of ['member_meeting', 'committee_meeting', 'group_meeting', 'party_lecture'])
      expect(byType[type]).toMatchObject({ compliant: true, missed: [] })
    expect(byType.member_meeting).toMatchObject({ required: 1, held: 1 })
    expect(byType.committee_meeting).toMatchObject({ required: 3, held: 3 })
    // 组织生活会 is yearly, due in Q4: nothing is required in Q3.
    expect(byType.life_meeting).toMatchObject({ required: 0, compliant: true })
  })

  it('requires the 组织生活会 in Q4, counting the whole year', () => {
    const q4 = period('2026Q4')
    const none = meetingCompliance({ meetings: [], period: q4 }).find(
      (r) => r.type === 'life_meeting',
    )
    expect(none).toMatchObject({ required: 1, held: 0, compliant: false, missed: ['2026'] })
    const held = meetingCompliance({
      meetings: [{ type: 'life_meeting', date: '2026-01-20' }],
      period: q4,
    }).find((r) => r.type === 'life_meeting')
    expect(held).toMatchObject({ required: 1, held: 1, compliant: true })
  })

  it('counts a year’s slots: 12 monthly, 4 quarterly, 1 yearly', () => {
    const result = meetingCompliance({ meetings: [], period: period('2026') })
    expect(Object.fromEntries(result.map((r) => [r.type, r.required]))).toEqual({
      member_meeting: 4,
      committee_meeting: 12,
      group_meeting: 12,
      party_lecture: 4,
      themed_day: 12,
      life_meeting: 1,
    })
  })

  it('flags a running slot with fewer than N days left as at risk', () => {
    const meetings = q3.filter((m) => m.date < '2026-08-01')
    const on = (day: string) =>
      meetingCompliance({ meetings, period: period('2026Q3'), on: day, riskDays: 7 })
    const themed = (day: string) => on(day).find((r) => r.type === 'themed_day')!
    // 31 August: 7 days left after the 24th, 6 after the 25th.
    expect(themed('2026-08-24').slots.map((s) => s.status)).toEqual(['met', 'open', 'not_started'])
    expect(themed('2026-08-25').slots.map((s) => s.status)).toEqual([
      'met',
      'at_risk',
      'not_started',
    ])
    expect(themed('2026-08-25')).toMatchObject({ atRisk: true, compliant: false, missed: [] })
    expect(themed('2026-09-01').slots.map((s) => s.status)).toEqual(['met', 'missed', 'open'])
    // The quarterly 党员大会 is not yet held: at risk only in the quarter's last week.
    const member = (day: string) => on(day).find((r) => r.type === 'member_meeting')!
    expect(member('2026-09-23').atRisk).toBe(false)
    expect(member('2026-09-24').atRisk).toBe(true)
  })
})

describe('the meetings required of an organisation', () => {
  // A branch that held everything of 2026Q3 but 党小组会 (it has no 党小组 to hold one).
  const noGroupMeetings = q3.filter((m) => m.type !== 'group_meeting')

  it('does not hold a branch without 党小组 to 党小组会', () => {
    const types = requiredMeetingTypes({ level: 'branch', groups: 0 })
    expect(types).not.toContain('group_meeting')
    const result = meetingCompliance({ meetings: noGroupMeetings, period: period('2026Q3'), types })
    expect(result.map((r) => r.type)).toEqual([
      'member_meeting',
      'committee_meeting',
      'party_lecture',
      'themed_day',
      'life_meeting',
    ])
    expect(result.flatMap((r) => r.missed)).toEqual(['2026-08'])
  })

  it('holds a branch with 党小组 to 党小组会 every month', () => {
    const types = requiredMeetingTypes({ level: 'branch', groups: 2 })
    const group = meetingCompliance({
      meetings: noGroupMeetings,
      period: period('2026Q3'),
      types,
    }).find((r) => r.type === 'group_meeting')
    expect(group).toMatchObject({ required: 3, held: 0, missed: ['2026-07', '2026-08', '2026-09'] })
  })

  it('judges every type when none are named', () => {
    expect(meetingCompliance({ meetings: [], period: period('2026Q3') })).toHaveLength(6)
  })
})

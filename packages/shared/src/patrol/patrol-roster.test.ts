import { describe, expect, it } from 'vitest'
import {
  applyRosterEdits,
  isoWeekday,
  rosterFromPlans,
  rosterKey,
  type TPatrolPlanRule,
} from './patrol-roster.ts'

const night = { start: '20:00', end: '02:00' }
// The patrol team on Mondays, Wednesdays and Fridays; a building-leader group every evening.
const weekdayPlan: TPatrolPlanRule = {
  id: 'p1',
  teamId: 'team',
  routeId: 'r1',
  days: { kind: 'weekdays', weekdays: [1, 3, 5] },
  window: night,
  from: '2026-01-01',
  to: null,
}
const everyDayPlan: TPatrolPlanRule = {
  id: 'p2',
  teamId: 'group-a',
  routeId: 'r2',
  days: { kind: 'every_day' },
  window: { start: '18:30', end: '20:30' },
  from: '2026-03-01',
  to: null,
}

describe('the roster from the plans', () => {
  it('knows the weekdays (1 March 2026 is a Sunday)', () => {
    expect(isoWeekday('2026-03-01')).toBe(7)
    expect(isoWeekday('2026-03-02')).toBe(1)
    expect(isoWeekday('1970-01-01')).toBe(4)
  })

  it('lists a month with a weekday plan and an every-day plan, in a fixed order', () => {
    const roster = rosterFromPlans([weekdayPlan, everyDayPlan], '2026-03')
    // March 2026: 13 Mondays/Wednesdays/Fridays, 31 days.
    expect(roster.filter((e) => e.planId === 'p1')).toHaveLength(13)
    expect(roster.filter((e) => e.planId === 'p2')).toHaveLength(31)
    expect(roster.slice(0, 4).map((e) => [e.date, e.window.start, e.teamId])).toEqual([
      ['2026-03-01', '18:30', 'group-a'],
      ['2026-03-02', '18:30', 'group-a'],
      ['2026-03-02', '20:00', 'team'],
      ['2026-03-03', '18:30', 'group-a'],
    ])
    expect(rosterFromPlans([everyDayPlan, weekdayPlan], '2026-03')).toEqual(roster)
  })

  it('stops a plan that ends mid-month and starts one that begins mid-month', () => {
    const ending = { ...everyDayPlan, to: '2026-03-15' }
    const roster = rosterFromPlans([ending], '2026-03')
    expect(roster).toHaveLength(15)
    expect(roster.at(-1)!.date).toBe('2026-03-15')
    expect(rosterFromPlans([{ ...everyDayPlan, from: '2026-03-20' }], '2026-03')).toHaveLength(12)
    expect(rosterFromPlans([ending], '2026-04')).toEqual([])
  })

  it('puts a window crossing midnight at month end in the month of its service date', () => {
    const nightly = { ...everyDayPlan, id: 'p3', window: night }
    const march = rosterFromPlans([nightly], '2026-03')
    expect(march.at(-1)).toMatchObject({ date: '2026-03-31', window: night })
    expect(rosterFromPlans([nightly], '2026-04')[0]!.date).toBe('2026-04-01')
  })

  it('takes listed dates', () => {
    const dates = {
      ...weekdayPlan,
      id: 'p4',
      days: { kind: 'dates' as const, dates: ['2026-03-08', '2026-04-01'] },
    }
    expect(rosterFromPlans([dates], '2026-03').map((e) => e.date)).toEqual(['2026-03-08'])
  })
})

describe('edits on the roster', () => {
  const roster = rosterFromPlans([weekdayPlan, everyDayPlan], '2026-03')

  it('swaps the teams of two entries and shows the planned team', () => {
    const a = rosterKey('p1', '2026-03-02')
    const b = rosterKey('p2', '2026-03-03')
    const { entries, unmatched } = applyRosterEdits(roster, [
      { kind: 'swap', entryKey: a, otherKey: b },
    ])
    expect(unmatched).toEqual([])
    expect(entries.find((e) => e.key === a)).toMatchObject({
      teamId: 'group-a',
      plannedTeamId: 'team',
    })
    expect(entries.find((e) => e.key === b)).toMatchObject({
      teamId: 'team',
      plannedTeamId: 'group-a',
    })
    // Swapping back restores the plan.
    const back = applyRosterEdits(entries, [{ kind: 'swap', entryKey: a, otherKey: b }])
    expect(back.entries).toEqual(roster)
    expect(roster.find((e) => e.key === a)!.teamId).toBe('team')
  })

  it('replaces a team for a date, lists a member on leave, cancels an entry', () => {
    const key = rosterKey('p1', '2026-03-04')
    const { entries } = applyRosterEdits(roster, [
      { kind: 'replace', entryKey: key, teamId: 'group-b' },
      { kind: 'leave', entryKey: rosterKey('p2', '2026-03-05'), memberId: 'm2' },
      { kind: 'leave', entryKey: rosterKey('p2', '2026-03-05'), memberId: 'm1' },
      { kind: 'leave', entryKey: rosterKey('p2', '2026-03-05'), memberId: 'm2' },
      { kind: 'cancel', entryKey: rosterKey('p2', '2026-03-06'), reason: '暴雨' },
    ])
    expect(entries.find((e) => e.key === key)).toMatchObject({
      teamId: 'group-b',
      plannedTeamId: 'team',
    })
    expect(entries.find((e) => e.key === rosterKey('p2', '2026-03-05'))).toMatchObject({
      teamId: 'group-a',
      absentMemberIds: ['m1', 'm2'],
    })
    expect(entries.find((e) => e.key === rosterKey('p2', '2026-03-06'))).toMatchObject({
      cancelled: true,
      cancelReason: '暴雨',
    })
    expect(entries).toHaveLength(roster.length)
  })

  it('returns an edit whose entry the plans no longer give', () => {
    const shortened = rosterFromPlans([{ ...everyDayPlan, to: '2026-03-10' }], '2026-03')
    const edit = { kind: 'cancel' as const, entryKey: rosterKey('p2', '2026-03-20'), reason: null }
    expect(applyRosterEdits(shortened, [edit])).toEqual({ entries: shortened, unmatched: [edit] })
  })
})

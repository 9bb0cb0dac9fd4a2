import { describe, expect, it } from 'vitest'
import { errorCodeOfMessage } from '../common/issue.ts'
import { ZPatrolPlanCreate, ZRosterEditCreate } from './patrol-plan.ts'

const a = '0190a5f0-0000-7000-8000-000000000001'
const b = '0190a5f0-0000-7000-8000-000000000002'
const codesOf = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] }
}) =>
  result.error?.issues.map((i) => [
    i.path.join('.'),
    (i.params as { code?: string } | undefined)?.code ?? errorCodeOfMessage(i.message),
  ])

const plan = {
  teamId: a,
  days: { kind: 'weekdays', weekdays: [5, 1, 3, 1] },
  start: '20:00',
  end: '02:00',
  from: '2026-03-01',
}

describe('the patrol plan contract', () => {
  it('reads a plan, its weekdays once each in order', () => {
    expect(ZPatrolPlanCreate.parse(plan)).toMatchObject({
      routeId: null,
      to: null,
      days: { kind: 'weekdays', weekdays: [1, 3, 5] },
    })
  })

  it('refuses no days, an end before the start date and a bad window', () => {
    expect(
      codesOf(ZPatrolPlanCreate.safeParse({ ...plan, days: { kind: 'dates', dates: [] } })),
    ).toEqual([['days.dates', 'patrol_plan_days_required']])
    expect(codesOf(ZPatrolPlanCreate.safeParse({ ...plan, to: '2026-02-28' }))).toEqual([
      ['to', 'date_range_invalid'],
    ])
    expect(codesOf(ZPatrolPlanCreate.safeParse({ ...plan, end: '26:00' }))).toEqual([
      ['end', 'patrol_time_invalid'],
    ])
  })

  it('takes roster edits, refusing a swap of an entry with itself', () => {
    const entry = { planId: a, date: '2026-03-02' }
    expect(
      ZRosterEditCreate.parse({ kind: 'leave', entry, member: { kind: 'resident', id: b } }),
    ).toMatchObject({ kind: 'leave' })
    expect(ZRosterEditCreate.parse({ kind: 'cancel', entry })).toMatchObject({ reason: null })
    expect(codesOf(ZRosterEditCreate.safeParse({ kind: 'swap', entry, other: entry }))).toEqual([
      ['other', 'patrol_roster_swap_same'],
    ])
  })
})

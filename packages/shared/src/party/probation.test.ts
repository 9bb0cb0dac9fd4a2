import { describe, expect, it } from 'vitest'
import { dueFullMembershipDate, extendProbation, probationReminder } from './probation.ts'

const member = { joinedOn: '2025-07-01' }
const stateOn = (on: string, extra: object = {}, options = {}) => {
  const result = probationReminder({ ...member, ...extra }, on, options)
  if (!result.ok) throw new Error(result.error)
  return result.value.state
}

describe('probation (预备期)', () => {
  it('is due a year after acceptance, or a year and the extension', () => {
    expect(dueFullMembershipDate('2025-07-01')).toEqual({ ok: true, value: '2026-07-01' })
    expect(dueFullMembershipDate('2025-07-01', 6)).toEqual({ ok: true, value: '2027-01-01' })
    expect(dueFullMembershipDate('2025-07-01', 12)).toEqual({ ok: true, value: '2027-07-01' })
    expect(dueFullMembershipDate('2025-08-31', 6)).toEqual({ ok: true, value: '2027-02-28' })
  })

  it('is extended once, by 6 to 12 whole months', () => {
    expect(extendProbation(null, 6)).toEqual({ ok: true, value: 6 })
    expect(extendProbation(undefined, 12)).toEqual({ ok: true, value: 12 })
    expect(extendProbation(null, 5)).toEqual({ ok: false, error: 'party_extension_months' })
    expect(extendProbation(null, 13)).toEqual({ ok: false, error: 'party_extension_months' })
    expect(extendProbation(6, 6)).toEqual({ ok: false, error: 'party_extension_repeated' })
    expect(dueFullMembershipDate('2025-07-01', 3)).toEqual({
      ok: false,
      error: 'party_extension_months',
    })
  })

  it('reminds 30 days ahead, is due from the due date and overdue after the 3 months', () => {
    expect(stateOn('2025-07-01')).toBe('none')
    expect(stateOn('2026-05-31')).toBe('none') // 31 days before
    expect(stateOn('2026-06-01')).toBe('upcoming') // 30 days before
    expect(stateOn('2026-06-30')).toBe('upcoming')
    expect(stateOn('2026-07-01')).toBe('due')
    expect(stateOn('2026-10-01')).toBe('due') // last day for the 上级党委
    expect(stateOn('2026-10-02')).toBe('overdue')
  })

  it('takes the reminder window as an option', () => {
    expect(stateOn('2026-06-20', {}, { upcomingDays: 10 })).toBe('none')
    expect(stateOn('2026-06-21', {}, { upcomingDays: 10 })).toBe('upcoming')
  })

  it('follows the extended due date', () => {
    const extended = { extendedMonths: 6 }
    expect(stateOn('2026-07-01', extended)).toBe('none')
    expect(stateOn('2026-12-02', extended)).toBe('upcoming')
    expect(stateOn('2027-01-01', extended)).toBe('due')
    expect(stateOn('2027-04-02', extended)).toBe('overdue')
  })

  it('stops reminding once decided', () => {
    expect(stateOn('2026-11-01', { decidedOn: '2026-08-15' })).toBe('none')
    expect(stateOn('2026-08-14', { decidedOn: '2026-08-15' })).toBe('due')
  })

  it('reports the dates', () => {
    expect(probationReminder(member, '2026-06-21')).toEqual({
      ok: true,
      value: { state: 'upcoming', dueOn: '2026-07-01', decideBy: '2026-10-01', daysUntilDue: 10 },
    })
  })
})

import { describe, expect, it } from 'vitest'
import { onRollIn, onRollOn, rollPeriods } from './party-roll-history.ts'

const active = { joinedOn: '2010-07-01', state: 'active', lastChangedOn: '2026-11-30' }

describe('a member’s time on the roll', () => {
  it('starts at 入党 for a member entered directly, and ends on the day they leave', () => {
    const periods = rollPeriods({ ...active, state: 'deceased' }, [
      { type: 'deceased', occurredOn: '2026-06-15' },
    ])
    expect(periods).toEqual([{ from: '2010-07-01', to: '2026-06-15' }])
    expect(onRollOn(periods, '2010-06-30')).toBe(false)
    expect(onRollOn(periods, '2026-06-14')).toBe(true)
    expect(onRollOn(periods, '2026-06-15')).toBe(false)
    // June's dues are owed (on the roll part of the month), July's are not.
    expect(onRollIn(periods, '2026-06')).toBe(true)
    expect(onRollIn(periods, '2026-07')).toBe(false)
  })

  it('starts at the transfer for a member who arrived with a letter, not at 入党', () => {
    const periods = rollPeriods(active, [{ type: 'transferred_in', occurredOn: '2026-09-01' }])
    expect(periods).toEqual([{ from: '2026-09-01', to: null }])
    expect(onRollOn(periods, '2026-06-30')).toBe(false)
    expect(onRollIn(periods, '2026-08')).toBe(false)
    expect(onRollIn(periods, '2026-09')).toBe(true)
  })

  it('leaves a gap for a member transferred out who came back', () => {
    const periods = rollPeriods(active, [
      { type: 'transferred_out', occurredOn: '2024-03-10' },
      { type: 'transferred_in', occurredOn: '2025-05-20' },
    ])
    expect(periods).toEqual([
      { from: '2010-07-01', to: '2024-03-10' },
      { from: '2025-05-20', to: null },
    ])
    expect(onRollOn(periods, '2024-12-31')).toBe(false)
    expect(onRollOn(periods, '2025-12-31')).toBe(true)
  })

  it('takes a member off on the day the record last changed when no dated step says when', () => {
    expect(rollPeriods({ ...active, state: 'left', lastChangedOn: '2026-02-01' }, [])).toEqual([
      { from: '2010-07-01', to: '2026-02-01' },
    ])
  })
})

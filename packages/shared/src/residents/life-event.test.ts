import { describe, expect, it } from 'vitest'
import {
  ZLifeEventCreate,
  isInCurrentPopulation,
  lifeEventChoices,
  lifeEventDateProblem,
  lifeEventOutcome,
} from './life-event.ts'

describe('life events', () => {
  it('counts only active people as the current population', () => {
    expect(isInCurrentPopulation('active')).toBe(true)
    for (const s of ['moved_out', 'deceased', 'missing', 'enlisted', 'imprisoned'] as const)
      expect(isInCurrentPopulation(s)).toBe(false)
  })

  it('leaves from 在册, returns from an absence, closes on 死亡 except for a correction', () => {
    expect(lifeEventOutcome('moved_out', 'active', null)).toEqual({ ok: true, status: 'moved_out' })
    expect(lifeEventOutcome('missing', 'enlisted', 'active')).toEqual({
      ok: false,
      error: 'resident_not_active',
    })
    expect(lifeEventOutcome('deceased', 'missing', 'active')).toEqual({
      ok: true,
      status: 'deceased',
    })
    expect(lifeEventOutcome('moved_out', 'deceased', 'active')).toEqual({
      ok: false,
      error: 'resident_deceased',
    })
    expect(lifeEventOutcome('returned', 'imprisoned', 'active')).toEqual({
      ok: true,
      status: 'active',
    })
    expect(lifeEventOutcome('returned', 'active', null)).toEqual({
      ok: false,
      error: 'resident_already_active',
    })
    expect(lifeEventOutcome('corrected', 'deceased', 'missing')).toEqual({
      ok: true,
      status: 'missing',
    })
    expect(lifeEventOutcome('corrected', 'active', null)).toEqual({
      ok: false,
      error: 'life_event_nothing_to_correct',
    })
  })

  it('offers the events that fit', () => {
    expect(lifeEventChoices('active', false)).toEqual([
      'moved_out',
      'deceased',
      'missing',
      'enlisted',
      'imprisoned',
    ])
    expect(lifeEventChoices('missing', true)).toEqual(['deceased', 'returned', 'corrected'])
    expect(lifeEventChoices('deceased', true)).toEqual(['corrected'])
  })

  it('refuses a date before birth, after today, or before the last event', () => {
    const on = { birthDate: '1980-09-01', today: '2026-11-30', after: '2026-01-10' }
    expect(lifeEventDateProblem('1980-08-31', on)).toBe('life_event_date_before_birth')
    expect(lifeEventDateProblem('2026-12-01', on)).toBe('life_event_date_in_future')
    expect(lifeEventDateProblem('2026-01-09', on)).toBe('life_event_date_before_last')
    expect(lifeEventDateProblem('2026-11-30', on)).toBeNull()
  })

  it('asks a move out for its destination and a correction for its reason', () => {
    const moved = ZLifeEventCreate.safeParse({ type: 'moved_out', date: '2026-11-02' })
    expect(moved.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['destination', '迁出需填写迁往地'],
    ])
    const corrected = ZLifeEventCreate.safeParse({
      type: 'corrected',
      date: '2026-11-02',
      reason: '错',
    })
    expect(corrected.error?.issues.map((i) => i.path.join('.'))).toEqual(['reason'])
    expect(
      ZLifeEventCreate.parse({ type: 'missing', date: '2026-11-02', destination: ' ', reason: '' }),
    ).toMatchObject({ destination: null, reason: null, documentNumber: null })
  })
})

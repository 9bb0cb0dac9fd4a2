import { describe, expect, it } from 'vitest'
import { toDbDate } from '../../lib/dates.ts'
import { stageOn } from './subsidies.figures.ts'

const event = (step: string, on: string, detail: object = {}) => ({
  step,
  on: toDbDate(on),
  detail,
})
const fallback = { stage: 'in_payment' as const, stageEnteredOn: toDbDate('2026-03-02') }

describe('a 低保 case’s stage on a day, from its dated steps', () => {
  const steps = [
    event('apply', '2026-01-05'),
    event('investigate', '2026-01-08'),
    event('deliberate', '2026-01-12', { passed: false }),
    event('deliberate', '2026-01-19', { passed: true }),
    event('publicize', '2026-01-20'),
    event('object', '2026-01-22'),
    event('investigate', '2026-01-26'),
    event('deliberate', '2026-01-28', { passed: true }),
    event('publicize', '2026-01-29'),
    event('street_review', '2026-02-06'),
    event('approve', '2026-03-02'),
    event('review', '2026-05-01', { outcome: 'keep' }),
    event('suspend', '2026-07-10'),
    event('resume', '2026-09-01'),
    event('review', '2026-10-01', { outcome: 'stop' }),
  ]
  it.each([
    ['2026-01-04', 'applied'],
    ['2026-01-10', 'investigated'],
    // A failed vote leaves the case where it was.
    ['2026-01-15', 'investigated'],
    ['2026-01-19', 'deliberated'],
    ['2026-01-21', 'publicizing'],
    // An objection sends it back to investigation.
    ['2026-01-23', 'applied'],
    ['2026-02-10', 'street_reviewed'],
    ['2026-03-02', 'in_payment'],
    ['2026-06-30', 'in_payment'],
    ['2026-08-31', 'suspended'],
    ['2026-09-30', 'in_payment'],
    ['2026-11-30', 'stopped'],
  ])('on %s: %s', (asOf, stage) => {
    expect(stageOn(steps, fallback, asOf)).toBe(stage)
  })

  it('reads an imported case’s 申请 and 批准 of one day in either order', () => {
    const approved = [event('approve', '2026-03-02'), event('apply', '2026-03-02')]
    expect(stageOn(approved, fallback, '2026-03-02')).toBe('in_payment')
    expect(stageOn(approved, fallback, '2026-03-01')).toBe('applied')
  })

  it('takes a case without steps at its stage from the day it entered it', () => {
    expect(stageOn([], fallback, '2026-03-01')).toBe('applied')
    expect(stageOn([], fallback, '2026-03-02')).toBe('in_payment')
  })
})

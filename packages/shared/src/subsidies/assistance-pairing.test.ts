import { describe, expect, it } from 'vitest'
import {
  assistanceLimitFen,
  fundBalanceFen,
  paymentFits,
  procedureAllowed,
  urgentPaperworkDueOn,
} from './assistance.ts'
import { pairingActiveOn, pairingRate } from './pairing.ts'

describe('临时救助', () => {
  it('lets only sudden hardship be helped first and papered after', () => {
    expect(procedureAllowed('emergency', 'urgent')).toBe(true)
    expect(procedureAllowed('expense', 'urgent')).toBe(false)
    expect(procedureAllowed('expense', 'ordinary')).toBe(true)
  })

  it('caps a case at a number of months of the standard', () => {
    expect(assistanceLimitFen(80_000, 10)).toBe(800_000)
  })

  it('dates the urgent paperwork in working days, across the Spring Festival and its 调休 Saturday', () => {
    // Helped Fri 13 Feb 2026: Sat 14 Feb is worked (1), 15–23 Feb are off, then 24, 25, 26, 27.
    expect(urgentPaperworkDueOn('2026-02-13', 5)).toBe('2026-02-27')
  })

  it('keeps the petty fund at zero or above', () => {
    const balance = fundBalanceFen([{ fen: 500_000 }, { fen: -120_000 }, { fen: -80_000 }])
    expect(balance).toBe(300_000)
    expect(paymentFits(balance, 300_000)).toBe(true)
    expect(paymentFits(balance, 300_001)).toBe(false)
    expect(paymentFits(balance, 0)).toBe(false)
  })
})

describe('一助一 pairing rate', () => {
  it('counts a pairing active from its start through its end day', () => {
    const pairing = { startedOn: '2026-03-01', endedOn: '2026-06-30' }
    expect(
      ['2026-02-28', '2026-03-01', '2026-06-30', '2026-07-01'].map((d) =>
        pairingActiveOn(pairing, d),
      ),
    ).toEqual([false, true, true, false])
  })

  it('gives the share of cases with an active helper per committee and overall, never rounded up to 100%', () => {
    const helper = { startedOn: '2026-01-01', endedOn: null }
    const ended = { startedOn: '2025-01-01', endedOn: '2025-12-31' }
    const cases = [
      ...Array.from({ length: 2000 }, () => ({ committeeId: 'a', pairings: [helper] })),
      { committeeId: 'a', pairings: [ended] },
      { committeeId: 'b', pairings: [] },
    ]
    const rate = pairingRate(cases, '2026-12-05')
    expect(rate.total).toEqual({ cases: 2002, paired: 2000, perMille: 999 })
    expect(rate.byCommittee).toEqual([
      { committeeId: 'a', cases: 2001, paired: 2000, perMille: 999 },
      { committeeId: 'b', cases: 1, paired: 0, perMille: 0 },
    ])
    expect(pairingRate([], '2026-12-05').total.perMille).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { subsidyAmount } from './subsidy-amount.ts'
import {
  amountChangeKind,
  amountInMonth,
  firstPaidMonth,
  payoutLine,
  stopsFromMonth,
} from './subsidy-payments.ts'
import { nextReviewDue, reviewOutcome } from './subsidy-review.ts'
import { standardFor } from './subsidy-standard.ts'
import {
  canTakeStep,
  deliberationPasses,
  missingMaterials,
  publicNoticeEndsOn,
  publicNoticeOver,
  subsidyStageAfter,
  subsidyStepDeadline,
} from './subsidy-steps.ts'

// 分 throughout: 800 元 = 80000.
const standard = { standardFen: 80_000, floorFen: 0 }

describe('the monthly amount: (standard − per-capita income) × covered people, in 分', () => {
  it('pays the gap below the standard for every covered person', () => {
    // 3 members, 1200 元 a month together: 400 元 each, 400 元 short of 800 → 1200 元.
    const amount = subsidyAmount({
      ...standard,
      memberIncomesFen: [120_000, 0, 0],
      coveredPeople: 3,
    })
    expect(amount).toMatchObject({
      eligible: true,
      householdIncomeFen: 120_000,
      perCapitaIncomeFen: 40_000,
      gapPerPersonFen: 40_000,
      amountFen: 120_000,
    })
  })

  it('pays nothing at or above the standard', () => {
    for (const income of [240_000, 240_003, 300_000]) {
      const amount = subsidyAmount({
        ...standard,
        memberIncomesFen: [income, 0, 0],
        coveredPeople: 3,
      })
      expect(amount.eligible).toBe(false)
      expect(amount.amountFen).toBe(0)
    }
    // One 分 below: 239,999 / 3 = 79,999.67 → 80,000.00 rounded; still not below the standard.
    expect(
      subsidyAmount({ ...standard, memberIncomesFen: [239_999, 0, 0], coveredPeople: 3 }).eligible,
    ).toBe(false)
    // 239,998 / 3 = 79,999.33 → 79,999: 1 分 short for each of 3.
    expect(
      subsidyAmount({ ...standard, memberIncomesFen: [239_998, 0, 0], coveredPeople: 3 }).amountFen,
    ).toBe(3)
  })

  it('pays only the covered people when fewer than the household', () => {
    // 4 members, 2 covered: per-capita income counts all 4, the amount only the 2.
    const amount = subsidyAmount({
      ...standard,
      memberIncomesFen: [100_000, 60_000, 0, 0],
      coveredPeople: 2,
    })
    expect(amount.perCapitaIncomeFen).toBe(40_000)
    expect(amount.amountFen).toBe(80_000)
  })

  it('rounds the per-capita income half up to the 分 first, so the formula shown reproduces it', () => {
    // 1000 元 over 3 = 333.333… → 333.33; (800 − 333.33) × 3 = 1400.01.
    const amount = subsidyAmount({
      ...standard,
      memberIncomesFen: [100_000, 0, 0],
      coveredPeople: 3,
    })
    expect(amount.perCapitaIncomeFen).toBe(33_333)
    expect(amount.amountFen).toBe((80_000 - 33_333) * 3)
    // 0.005 元 rounds up: 5 分 over 2 = 2.5 → 3.
    expect(
      subsidyAmount({ ...standard, memberIncomesFen: [5, 0], coveredPeople: 2 }).perCapitaIncomeFen,
    ).toBe(3)
  })

  it('lifts a small gap to the floor, but never pays a household at the standard', () => {
    const floor = { standardFen: 80_000, floorFen: 5_000 }
    // 780 元 each: 20 元 short, lifted to the 50 元 floor for both.
    const lifted = subsidyAmount({ ...floor, memberIncomesFen: [78_000, 78_000], coveredPeople: 2 })
    expect(lifted).toMatchObject({ floorApplied: true, perPersonFen: 5_000, amountFen: 10_000 })
    // 100 元 short: above the floor, paid as it is.
    const above = subsidyAmount({ ...floor, memberIncomesFen: [70_000, 70_000], coveredPeople: 2 })
    expect(above).toMatchObject({ floorApplied: false, amountFen: 20_000 })
    const none = subsidyAmount({ ...floor, memberIncomesFen: [80_000, 80_000], coveredPeople: 2 })
    expect(none).toMatchObject({ eligible: false, floorApplied: false, amountFen: 0 })
  })

  it('adds a manual adjustment, never below 0', () => {
    const base = { ...standard, memberIncomesFen: [60_000], coveredPeople: 1 }
    expect(subsidyAmount({ ...base, adjustmentFen: 5_050 }).amountFen).toBe(25_050)
    expect(subsidyAmount({ ...base, adjustmentFen: -30_000 }).amountFen).toBe(0)
  })

  it('refuses impossible input rather than computing money from it', () => {
    expect(() => subsidyAmount({ ...standard, memberIncomesFen: [], coveredPeople: 1 })).toThrow()
    expect(() => subsidyAmount({ ...standard, memberIncomesFen: [0], coveredPeople: 2 })).toThrow()
    expect(() =>
      subsidyAmount({ ...standard, memberIncomesFen: [0.5], coveredPeople: 1 }),
    ).toThrow()
    expect(() => subsidyAmount({ ...standard, memberIncomesFen: [-1], coveredPeople: 1 })).toThrow()
  })
})

describe('the dated standard', () => {
  const standards = [
    { effectiveMonth: '2025-07', standardFen: 76_000, floorFen: 3_000 },
    { effectiveMonth: '2026-07', standardFen: 80_000, floorFen: 3_000 },
  ]

  it('applies a mid-year change from its effective month on, and not before', () => {
    expect(standardFor('2025-06', standards)).toBeNull()
    expect(standardFor('2026-06', standards)?.standardFen).toBe(76_000)
    expect(standardFor('2026-07', standards)?.standardFen).toBe(80_000)
    expect(standardFor('2027-01', standards)?.standardFen).toBe(80_000)
    // The order they are given in does not matter.
    expect(standardFor('2026-06', [...standards].reverse())?.standardFen).toBe(76_000)
  })

  it('gives a household a new amount from the month the standard changes (增发), the months before unchanged', () => {
    const incomes = [100_000, 0]
    const amountIn = (month: string) =>
      subsidyAmount({
        ...standardFor(month, standards)!,
        memberIncomesFen: incomes,
        coveredPeople: 2,
      }).amountFen
    const periods = [
      { fromMonth: '2026-03', amountFen: amountIn('2026-03') },
      { fromMonth: '2026-07', amountFen: amountIn('2026-07') },
    ]
    expect(amountInMonth('2026-06', periods)).toBe((76_000 - 50_000) * 2)
    expect(amountInMonth('2026-07', periods)).toBe((80_000 - 50_000) * 2)
    expect(amountChangeKind(periods[0]!.amountFen, periods[1]!.amountFen)).toBe('increase')
  })
})

describe('months paid, changes and locked rolls', () => {
  it('pays from the month of approval; a stop decided mid-month applies from the next month', () => {
    expect(firstPaidMonth('2026-03-31')).toBe('2026-03')
    expect(stopsFromMonth('2026-12-15')).toBe('2027-01')
    const periods = [
      { fromMonth: '2026-03', amountFen: 52_000 },
      { fromMonth: stopsFromMonth('2026-05-20'), amountFen: 0 },
    ]
    expect(
      ['2026-02', '2026-03', '2026-05', '2026-06'].map((m) => amountInMonth(m, periods)),
    ).toEqual([0, 52_000, 52_000, 0])
    expect(amountChangeKind(52_000, 0)).toBe('stop')
    expect(amountChangeKind(0, 52_000)).toBe('resume')
    expect(amountChangeKind(52_000, 40_000)).toBe('decrease')
    expect(amountChangeKind(52_000, 52_000)).toBeNull()
  })

  it('puts a change into locked months as back-pay or recovery on a later roll, settling each month once', () => {
    // March and April were locked at 520 元. In May the income turns out to have fallen from
    // April: 600 元 from April on. The April roll stays as it was; May pays 600 + 80 back-pay.
    const before = [{ fromMonth: '2026-03', amountFen: 52_000 }]
    const after = [...before, { fromMonth: '2026-04', amountFen: 60_000 }]
    const locked = ['2026-03', '2026-04']
    const paidLines = [
      { month: '2026-03', amountFen: 52_000, corrects: [] },
      { month: '2026-04', amountFen: 52_000, corrects: [] },
    ]
    expect(
      payoutLine({ month: '2026-05', periods: before, lockedMonths: locked, paidLines }),
    ).toMatchObject({ amountFen: 52_000, correctionFen: 0, corrects: [] })
    const may = payoutLine({ month: '2026-05', periods: after, lockedMonths: locked, paidLines })
    expect(may).toMatchObject({
      amountFen: 60_000,
      corrects: [{ month: '2026-04', fen: 8_000 }],
      totalFen: 68_000,
    })
    // June, after May was locked with its correction: nothing is settled twice.
    const june = payoutLine({
      month: '2026-06',
      periods: after,
      lockedMonths: [...locked, '2026-05'],
      paidLines: [
        ...paidLines,
        { month: '2026-05', amountFen: may.amountFen, corrects: may.corrects },
      ],
    })
    expect(june).toMatchObject({ amountFen: 60_000, correctionFen: 0 })
  })

  it('recovers what a locked month overpaid when a stop is dated back into it', () => {
    const periods = [
      { fromMonth: '2026-03', amountFen: 52_000 },
      { fromMonth: '2026-05', amountFen: 0 },
    ]
    const line = payoutLine({
      month: '2026-06',
      periods,
      lockedMonths: ['2026-03', '2026-04', '2026-05'],
      paidLines: ['2026-03', '2026-04', '2026-05'].map((month) => ({
        month,
        amountFen: 52_000,
        corrects: [],
      })),
    })
    expect(line).toMatchObject({ amountFen: 0, correctionFen: -52_000, totalFen: -52_000 })
  })
})

describe('the steps and their deadlines', () => {
  it('gives the investigation 10 working days across the National Day holiday and its 调休 Saturday', () => {
    // Applied Thu 24 Sep 2026: Mid-Autumn 25–27 Sep and 1–7 Oct are off, Sat 10 Oct is worked.
    expect(subsidyStepDeadline('applied', '2026-09-24')).toEqual({
      deadline: '2026-10-15',
      provisional: false,
    })
  })

  it('gives the deliberation 5 working days after the investigation, the adjusted Saturday counted', () => {
    expect(subsidyStepDeadline('investigated', '2026-09-30')?.deadline).toBe('2026-10-13')
    expect(subsidyStepDeadline('publicizing', '2026-09-30')).toBeNull()
  })

  it('says a deadline in a year without a holiday schedule yet is provisional', () => {
    expect(subsidyStepDeadline('applied', '2099-03-02')?.provisional).toBe(true)
  })

  it('runs 公示 for 7 days, the first day counted; the review may follow the day after', () => {
    expect(publicNoticeEndsOn('2026-01-05')).toBe('2026-01-11')
    expect(publicNoticeOver('2026-01-05', '2026-01-11')).toBe(false)
    expect(publicNoticeOver('2026-01-05', '2026-01-12')).toBe(true)
  })

  it('sends a case with an objection during 公示 back to investigation', () => {
    expect(canTakeStep('publicizing', 'object')).toBe(true)
    expect(subsidyStageAfter.object).toBe('applied')
    expect(canTakeStep('applied', 'investigate')).toBe(true)
    // Nothing skips a step, and a closed case takes none.
    expect(canTakeStep('applied', 'approve')).toBe(false)
    expect(canTakeStep('refused', 'investigate')).toBe(false)
    expect(canTakeStep('in_payment', 'refuse')).toBe(false)
  })

  it('passes a deliberation with two-thirds present and two-thirds of them agreeing, both inclusive', () => {
    expect(deliberationPasses({ members: 9, present: 6, agree: 4 })).toBe(true)
    expect(deliberationPasses({ members: 9, present: 5, agree: 5 })).toBe(false)
    expect(deliberationPasses({ members: 9, present: 6, agree: 3 })).toBe(false)
    expect(deliberationPasses({ members: 9, present: 10, agree: 9 })).toBe(false)
    // A stricter rule from the settings: everyone present, a simple majority.
    const rule = {
      present: { numerator: 1, denominator: 1 },
      agree: { numerator: 1, denominator: 2 },
    }
    expect(deliberationPasses({ members: 7, present: 7, agree: 4 }, rule)).toBe(true)
    expect(deliberationPasses({ members: 7, present: 6, agree: 6 }, rule)).toBe(false)
  })

  it('lists every missing material at once, in the checklist order', () => {
    expect(missingMaterials(['consent', 'application', 'id_card'])).toEqual([
      'household_register',
      'investigation_form',
      'deliberation_record',
      'income_proof',
    ])
  })
})

describe('reviews (动态管理)', () => {
  it('falls due yearly for stable households and every 6 months for changing ones', () => {
    expect(nextReviewDue('stable', '2026-03-15')).toBe('2027-03-15')
    expect(nextReviewDue('changing', '2026-03-15')).toBe('2026-09-15')
    // 29 February: a year on is 28 February; six months on, 29 August.
    expect(nextReviewDue('stable', '2028-02-29')).toBe('2029-02-28')
    expect(nextReviewDue('changing', '2028-02-29')).toBe('2028-08-29')
  })

  it('is due at once when the household reports a change, not when the report is older', () => {
    expect(nextReviewDue('stable', '2026-03-15', '2026-06-01')).toBe('2026-06-01')
    expect(nextReviewDue('stable', '2026-03-15', '2026-03-01')).toBe('2027-03-15')
  })

  it('calls a review continue, adjust or stop by the recomputed amount', () => {
    expect(reviewOutcome(52_000, 52_000)).toBe('continue')
    expect(reviewOutcome(52_000, 60_000)).toBe('adjust')
    expect(reviewOutcome(52_000, 0)).toBe('stop')
  })
})

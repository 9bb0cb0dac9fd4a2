import { describe, expect, it } from 'vitest'
import { monthRange } from './calendar.ts'
import { checkBackPayment, duesRoll, duesStartMonth, paymentMonths } from './dues-roll.ts'

const roll = (input: Parameters<typeof duesRoll>[0]) => {
  const result = duesRoll(input)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('dues roll (应交 / 实交 / 欠交)', () => {
  it('starts in the month of acceptance for a 预备党员', () => {
    expect(duesStartMonth('2026-03-28')).toBe('2026-03')
  })

  it('computes due, paid and owed per month and 党费交至', () => {
    const r = roll({
      standards: [
        { fromMonth: '2026-01', amountFen: 4800 },
        { fromMonth: '2026-03', amountFen: 5000 }, // pay rise recalculated
      ],
      fromMonth: '2026-01',
      toMonth: '2026-04',
      payments: [
        { month: '2026-01', amountFen: 4800 },
        { month: '2026-02', amountFen: 2000 },
        { month: '2026-02', amountFen: 2800 },
        { month: '2026-03', amountFen: 4800 }, // short by 2.00 元
      ],
    })
    expect(r.months).toEqual([
      { month: '2026-01', dueFen: 4800, paidFen: 4800, owedFen: 0 },
      { month: '2026-02', dueFen: 4800, paidFen: 4800, owedFen: 0 },
      { month: '2026-03', dueFen: 5000, paidFen: 4800, owedFen: 200 },
      { month: '2026-04', dueFen: 5000, paidFen: 0, owedFen: 5000 },
    ])
    expect(r).toMatchObject({ dueFen: 19_600, paidFen: 14_400, owedFen: 5200 })
    expect(r.paidUpTo).toBe('2026-02')
    expect(r.unpaidMonths).toEqual(['2026-03', '2026-04'])
  })

  it('runs 党费交至 through months paid in advance, and is null when nothing is paid', () => {
    const standards = [{ fromMonth: '2026-01', amountFen: 20 }]
    const payments = ['2026-01', '2026-02', '2026-03', '2026-04'].map((month) => ({
      month,
      amountFen: 20,
    }))
    expect(roll({ standards, fromMonth: '2026-01', toMonth: '2026-02', payments }).paidUpTo).toBe(
      '2026-04',
    )
    expect(
      roll({ standards, fromMonth: '2026-01', toMonth: '2026-02', payments: [] }).paidUpTo,
    ).toBe(null)
  })

  it('refuses a roll without a standard or with the months reversed', () => {
    const standards = [{ fromMonth: '2026-03', amountFen: 20 }]
    expect(duesRoll({ standards, fromMonth: '2026-01', toMonth: '2026-04', payments: [] })).toEqual(
      {
        ok: false,
        error: 'party_dues_standard_missing',
      },
    )
    expect(duesRoll({ standards, fromMonth: '2026-05', toMonth: '2026-04', payments: [] })).toEqual(
      {
        ok: false,
        error: 'party_month_range',
      },
    )
  })
})

describe('the roll as members really arrive and pay (issue cases)', () => {
  const monthly = (from: string, to: string, amountFen: number) =>
    monthRange(from, to).map((month) => ({ month, amountFen }))

  it('starts after the 党费交至 a member brought: joined 2025-10, paid to 2026-10 elsewhere', () => {
    const r = roll({
      standards: [{ fromMonth: '2025-10', amountFen: 1800 }],
      fromMonth: '2025-10',
      toMonth: '2026-12',
      payments: monthly('2026-11', '2026-12', 1800),
      settledThrough: '2026-10',
    })
    expect(r.months.map((m) => m.month)).toEqual(['2026-11', '2026-12'])
    expect(r).toMatchObject({ owedFen: 0, paidUpTo: '2026-12', lastPaidMonth: '2026-12' })
  })

  it('keeps the 党费交至 brought when nothing is due yet, or it runs past today', () => {
    const r = roll({
      standards: [{ fromMonth: '2026-01', amountFen: 500 }],
      fromMonth: '2026-01',
      toMonth: '2026-09',
      payments: [],
      settledThrough: '2026-12',
    })
    expect(r).toMatchObject({
      months: [],
      owedFen: 0,
      paidUpTo: '2026-12',
      lastPaidMonth: '2026-12',
    })
  })

  it('prices each month by the standard in force then: 50.00 to 2026-11, 75.00 from 2026-12', () => {
    const r = roll({
      standards: [
        { fromMonth: '2025-01', amountFen: 5000 },
        { fromMonth: '2026-12', amountFen: 7500 },
      ],
      fromMonth: '2025-01',
      toMonth: '2026-12',
      payments: monthly('2025-01', '2026-11', 5000),
    })
    expect(r).toMatchObject({ paidUpTo: '2026-11', owedFen: 7500, unpaidMonths: ['2026-12'] })
  })

  it('names the last month paid: Jan–Mar paid, April missed, May–October paid', () => {
    const r = roll({
      standards: [{ fromMonth: '2026-01', amountFen: 2000 }],
      fromMonth: '2026-01',
      toMonth: '2026-10',
      payments: [...monthly('2026-01', '2026-03', 2000), ...monthly('2026-05', '2026-10', 2000)],
    })
    expect(r).toMatchObject({
      paidUpTo: '2026-03',
      lastPaidMonth: '2026-10',
      unpaidMonths: ['2026-04'],
      owedFen: 2000,
    })
  })
})

describe('back-payment (补交 ≤ 6 months)', () => {
  // Nothing paid from January to July; the payment is made in August.
  const arrears = roll({
    standards: [{ fromMonth: '2026-01', amountFen: 1500 }],
    fromMonth: '2026-01',
    toMonth: '2026-07',
    payments: [],
  })
  const months = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `2026-${String(from + i).padStart(2, '0')}`)

  it('accepts the 6 most recent unpaid months', () => {
    expect(checkBackPayment(arrears, months(2, 7), '2026-08')).toEqual({
      ok: true,
      value: { backMonths: months(2, 7) },
    })
  })

  it('refuses 7 months as a whole, naming the month beyond the limit', () => {
    expect(checkBackPayment(arrears, months(1, 7), '2026-08')).toEqual({
      ok: false,
      error: 'party_dues_back_payment_limit',
      beyondLimit: ['2026-01'],
    })
  })

  it('does not count the current month or paid months as back-payment', () => {
    const partly = roll({
      standards: [{ fromMonth: '2026-01', amountFen: 1500 }],
      fromMonth: '2026-01',
      toMonth: '2026-08',
      payments: months(3, 4).map((month) => ({ month, amountFen: 1500 })),
    })
    // Owed before August: 01, 02, 05, 06, 07 — five months, all within the limit.
    expect(checkBackPayment(partly, [...months(1, 8)], '2026-08')).toEqual({
      ok: true,
      value: { backMonths: ['2026-01', '2026-02', '2026-05', '2026-06', '2026-07'] },
    })
  })
})

describe('the months of one payment (按季度, 预交)', () => {
  it('covers a run of months paid at once, up to a year after the month of payment', () => {
    expect(paymentMonths({ month: '2026-10', toMonth: '2026-12', paidOn: '2026-10-08' })).toEqual({
      ok: true,
      value: ['2026-10', '2026-11', '2026-12'],
    })
    expect(paymentMonths({ month: '2026-11', paidOn: '2026-11-30' })).toEqual({
      ok: true,
      value: ['2026-11'],
    })
    expect(paymentMonths({ month: '2027-11', paidOn: '2026-11-30' })).toMatchObject({ ok: true })
  })

  it('names the field of what it refuses', () => {
    expect(paymentMonths({ month: '2026-12', toMonth: '2026-10', paidOn: '2026-11-30' })).toEqual({
      ok: false,
      error: 'party_month_range',
      field: 'toMonth',
    })
    // Thirteen months at once, and a month beyond a year ahead, alone or at the end of a run.
    expect(
      paymentMonths({ month: '2026-01', toMonth: '2027-01', paidOn: '2026-01-10' }),
    ).toMatchObject({ ok: false, error: 'party_dues_advance_limit', field: 'toMonth' })
    expect(paymentMonths({ month: '2027-12', paidOn: '2026-11-30' })).toMatchObject({
      ok: false,
      error: 'party_dues_advance_limit',
      field: 'month',
    })
    expect(
      paymentMonths({ month: '2027-10', toMonth: '2027-12', paidOn: '2026-11-30' }),
    ).toMatchObject({ ok: false, error: 'party_dues_advance_limit', field: 'toMonth' })
  })
})

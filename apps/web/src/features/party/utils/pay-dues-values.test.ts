import { describe, expect, it } from 'vitest'
import { ZPayDuesForm, paymentTotal, ZPayDuesBatchForm } from './pay-dues-values'

const values = { month: '2026-11', toMonth: null, paidOn: '2026-11-30', amount: '' }

describe('登记党费 for a run of months', () => {
  it('totals the months at the standard, or at the amount typed for a month', () => {
    expect(paymentTotal({ ...values, toMonth: '2027-01' }, 5000)).toEqual({
      months: 3,
      perMonthFen: 5000,
      totalFen: 15000,
    })
    expect(paymentTotal({ ...values, amount: '20.5' }, 5000)).toEqual({
      months: 1,
      perMonthFen: 2050,
      totalFen: 2050,
    })
    expect(paymentTotal({ ...values, amount: 'abc' }, 5000)).toBeNull()
    expect(paymentTotal({ ...values, toMonth: '2026-10' }, 5000)).toBeNull()
  })

  it('sends one month without toMonth, and a quarter with it', () => {
    expect(ZPayDuesForm.parse(values)).toEqual({ month: '2026-11', paidOn: '2026-11-30' })
    expect(ZPayDuesForm.parse({ ...values, toMonth: '2027-01', amount: ' 50 ' })).toEqual({
      month: '2026-11',
      toMonth: '2027-01',
      paidOn: '2026-11-30',
      amount: '50',
    })
  })

  it('puts what the rule refuses on its field: beyond a year ahead, a range backwards', () => {
    const paths = (v: object) =>
      ZPayDuesForm.safeParse({ ...values, ...v }).error?.issues.map((i) => i.path.join('.'))
    expect(paths({ month: '2027-12' })).toEqual(['month'])
    expect(paths({ toMonth: '2027-12' })).toEqual(['toMonth'])
    expect(paths({ toMonth: '2026-10' })).toEqual(['toMonth'])
    // Twelve months at once at most: November to October, not to November.
    expect(paths({ toMonth: '2027-10' })).toBeUndefined()
    expect(paths({ toMonth: '2027-11' })).toEqual(['toMonth'])
  })
})

describe('批量登记党费 as typed', () => {
  const memberIds = ['0192f3a4-0000-4000-8000-000000000001']
  it('sends one month for the selected members when 缴至月份 is left empty', () => {
    expect(
      ZPayDuesBatchForm.parse({ memberIds, month: '2026-11', toMonth: null, paidOn: '2026-11-30' }),
    ).toEqual({ memberIds, month: '2026-11', toMonth: undefined, paidOn: '2026-11-30' })
  })

  it('puts a range the rule refuses on its field, as for one member', () => {
    const result = ZPayDuesBatchForm.safeParse({
      memberIds,
      month: '2026-11',
      toMonth: '2026-09',
      paidOn: '2026-11-30',
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['toMonth'])
  })
})

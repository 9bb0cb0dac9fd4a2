import { describe, expect, it } from 'vitest'
import { checkDues } from './dues-input'

describe('checkDues', () => {
  it('computes the standard of an employed member from the after-tax income', () => {
    const result = checkDues({ category: 'employed', income: '4,800', amount: '9' })
    expect(result).toMatchObject({
      ok: true,
      input: { category: 'employed', income: '4,800' },
      standard: { amountFen: 4800 },
    })
  })

  it('needs no amount for the fixed categories', () => {
    expect(checkDues({ category: 'student', income: '', amount: '' })).toMatchObject({
      ok: true,
      input: { category: 'student' },
      standard: { amountFen: 20 },
    })
  })

  it('waits for a blank amount and refuses a wrong one on its field', () => {
    expect(checkDues({ category: 'retired', income: ' ', amount: '' })).toEqual({
      ok: false,
      field: 'income',
      error: null,
    })
    expect(checkDues({ category: 'farmer', income: '', amount: '2' })).toEqual({
      ok: false,
      field: 'amount',
      error: 'party_dues_farmer_range',
    })
    expect(checkDues({ category: 'exempt', income: '', amount: '1.234' })).toMatchObject({
      ok: false,
      error: 'party_dues_amount_invalid',
    })
  })
})

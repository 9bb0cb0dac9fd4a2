import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type TDuesInput, ZDuesStandardInput, duesStandard } from './dues.ts'
import { formatYuan, parseYuan } from './money.ts'

const amount = (input: TDuesInput) => {
  const result = duesStandard(input)
  if (!result.ok) throw new Error(result.error)
  return result.value.amountFen
}
const fen = (yuan: string) => {
  const parsed = parseYuan(yuan)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

describe('dues standard (党费标准)', () => {
  // At each edge and 1 分 above it: the band decides the rate of the whole income.
  it.each([
    ['0.01', '0.20'], // 0.5% is 0.00005 元: raised to the 0.2 元 minimum
    ['3000.00', '15.00'],
    ['3000.01', '30.00'],
    ['5000.00', '50.00'],
    ['5000.01', '75.00'],
    ['10000.00', '150.00'],
    ['10000.01', '200.00'],
    ['4800', '48.00'],
    ['3333.33', '33.33'],
    ['7777.77', '116.67'], // 116.66655 rounded half up
  ])('employed, after-tax income %s 元 → %s 元', (income, dues) => {
    expect(formatYuan(amount({ category: 'employed', incomeFen: fen(income) }))).toBe(dues)
  })

  it.each([
    ['5000.00', '25.00'],
    ['5000.01', '50.00'],
    ['2345.67', '11.73'], // 11.72835
    ['12000', '120.00'],
  ])('retired, pay %s 元 → %s 元', (income, dues) => {
    expect(formatYuan(amount({ category: 'retired', incomeFen: fen(income) }))).toBe(dues)
  })

  it('applies the employed bands to a self-employed member’s quarterly average', () => {
    expect(amount({ category: 'self_employed', incomeFen: fen('3000') })).toBe(1500)
    expect(amount({ category: 'self_employed', incomeFen: fen('3000.01') })).toBe(3000)
  })

  it('rounds half up to 1 分', () => {
    // 0.5% of 41.00 元 is 0.205 元 → 0.21 元; 1% of 3000.50 元 is 30.005 元 → 30.01 元.
    expect(amount({ category: 'employed', incomeFen: 4100 })).toBe(21)
    expect(amount({ category: 'employed', incomeFen: 300_050 })).toBe(3001)
    // 0.5% of 100.01 元 is 0.50005 元 → 0.50 元.
    expect(amount({ category: 'employed', incomeFen: 10_001 })).toBe(50)
  })

  it.each(['student', 'unemployed', 'subsistence', 'relief'] as const)(
    '%s pays 0.2 元',
    (category) => {
      expect(amount({ category })).toBe(20)
    },
  )

  it('takes a farmer’s amount between 0.2 and 1 元', () => {
    expect(amount({ category: 'farmer', amountFen: 20 })).toBe(20)
    expect(amount({ category: 'farmer', amountFen: 100 })).toBe(100)
    expect(duesStandard({ category: 'farmer', amountFen: 19 })).toEqual({
      ok: false,
      error: 'party_dues_farmer_range',
    })
    expect(duesStandard({ category: 'farmer', amountFen: 101 })).toEqual({
      ok: false,
      error: 'party_dues_farmer_range',
    })
  })

  it('takes an approved reduced or exempt amount, 0 or more', () => {
    expect(amount({ category: 'exempt', amountFen: 0 })).toBe(0)
    expect(amount({ category: 'exempt', amountFen: 500 })).toBe(500)
    expect(duesStandard({ category: 'exempt', amountFen: -1 })).toEqual({
      ok: false,
      error: 'party_dues_amount_invalid',
    })
    expect(duesStandard({ category: 'employed', incomeFen: 1.5 })).toEqual({
      ok: false,
      error: 'party_dues_amount_invalid',
    })
  })

  it('describes the rule applied', () => {
    const result = duesStandard({ category: 'employed', incomeFen: 480_000 })
    expect(result.ok && result.value.description).toEqual({
      zh: '按税后收入 4,800 元 × 1%',
      en: '1% of after-tax income 4,800 yuan',
    })
    expect(result.ok && result.value.rule).toEqual({
      kind: 'percentage',
      incomeFen: 480_000,
      basisPoints: 100,
      bandUpToFen: 500_000,
      raisedToMinimum: false,
    })
    const retired = duesStandard({ category: 'retired', incomeFen: 612_345 })
    expect(retired.ok && retired.value.description.zh).toBe('按离退休费 6,123.45 元 × 1%')
    const student = duesStandard({ category: 'student' })
    expect(student.ok && student.value.description.zh).toBe('学生党员每月 0.2 元')
  })

  it('reads yuan exactly and refuses more than two decimals', () => {
    expect(parseYuan('3,000.01')).toEqual({ ok: true, value: 300_001 })
    expect(parseYuan(3000.01)).toEqual({ ok: true, value: 300_001 })
    expect(parseYuan('0.2')).toEqual({ ok: true, value: 20 })
    expect(parseYuan('1.005')).toEqual({ ok: false, error: 'party_dues_amount_invalid' })
    expect(parseYuan(1.005)).toEqual({ ok: false, error: 'party_dues_amount_invalid' })
    expect(parseYuan('-1')).toEqual({ ok: false, error: 'party_dues_amount_invalid' })
  })

  it('parses the form input in yuan into 分', () => {
    expect(ZDuesStandardInput.parse({ category: 'employed', income: '4,800' })).toEqual({
      category: 'employed',
      incomeFen: 480_000,
    })
    expect(ZDuesStandardInput.parse({ category: 'farmer', amount: 0.5 })).toEqual({
      category: 'farmer',
      amountFen: 50,
    })
    const bad = ZDuesStandardInput.safeParse({ category: 'employed', income: '12.345' })
    expect(bad.error?.issues[0]).toMatchObject({ params: { code: 'party_dues_amount_invalid' } })
  })

  it('never decreases as income grows, within a category', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('employed', 'retired', 'self_employed') as fc.Arbitrary<
          'employed' | 'retired' | 'self_employed'
        >,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (category, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          expect(amount({ category, incomeFen: low })).toBeLessThanOrEqual(
            amount({ category, incomeFen: high }),
          )
        },
      ),
    )
  })

  it('is never below 0.2 元 for an income-based category, nor above 2% (plus half a 分)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (income) => {
        const dues = amount({ category: 'employed', incomeFen: income })
        expect(dues).toBeGreaterThanOrEqual(20)
        expect(dues).toBeLessThanOrEqual(Math.max(20, income * 0.02 + 0.5))
      }),
    )
  })
})

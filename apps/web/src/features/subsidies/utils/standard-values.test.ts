import { describe, expect, it } from 'vitest'
import { standardSchema } from './standard-values'

const schema = standardSchema({ month: 'month', standard: 'standard', floor: 'floor' })

describe('standardSchema', () => {
  it('turns yuan as typed into 分', () => {
    expect(schema.parse({ effectiveMonth: '2026-07', standard: '1,200.5', floor: '30' })).toEqual({
      effectiveMonth: '2026-07',
      standardFen: 120_050,
      floorFen: 3_000,
    })
    expect(schema.parse({ effectiveMonth: '2026-07', standard: '800', floor: '0' }).floorFen).toBe(
      0,
    )
  })
  it('refuses a missing month, a zero standard and a third decimal, each on its field', () => {
    const result = schema.safeParse({ effectiveMonth: null, standard: '0', floor: '1.234' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['effectiveMonth', 'month'],
      ['standard', 'standard'],
      ['floor', 'floor'],
    ])
  })
})

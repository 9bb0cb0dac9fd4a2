import type { THousehold } from '@cr/shared/households/household'
import { describe, expect, it } from 'vitest'
import { ZChangeHeadForm, toChangeHeadValues } from './change-head-values'

const ids = ['0192f3a4-5b6c-7d8e-9f01-000000000001', '0192f3a4-5b6c-7d8e-9f01-000000000002']
const household = {
  members: ids.map((id, i) => ({ resident: { id, name: `成员${i}` } })),
} as unknown as THousehold

describe('change-head form', () => {
  it('asks for the relationship of every member but the new head', () => {
    const values = { ...toChangeHeadValues(household), newHeadResidentId: ids[1] }
    const result = ZChangeHeadForm.safeParse(values)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'relationships.0.relationship',
    ])
  })

  it('sends the other members’ relationships only, and no date when blank', () => {
    const values = {
      newHeadResidentId: ids[1],
      relationships: [
        { residentId: ids[0]!, relationship: '51' },
        { residentId: ids[1]!, relationship: null },
      ],
      date: null,
    }
    expect(ZChangeHeadForm.parse(values)).toEqual({
      newHeadResidentId: ids[1],
      date: undefined,
      relationships: [{ residentId: ids[0], relationship: '51' }],
    })
  })
})

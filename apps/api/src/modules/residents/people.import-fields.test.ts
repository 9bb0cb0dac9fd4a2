import { describe, expect, it } from 'vitest'
import { personFields } from './people.import-fields.ts'

describe('person columns of a ledger', () => {
  it('reads 性别 as ledgers write it: 男/女, 男性/女性, the code', () => {
    const [sex] = personFields(['sex'])
    expect(['男', '男性', '1', '女', '女性', '2'].map((cell) => sex!.normalise(cell))).toEqual(
      ['1', '1', '1', '2', '2', '2'].map((value) => ({ ok: true, value })),
    )
  })
})

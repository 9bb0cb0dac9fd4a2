import type { TResident } from '@cr/shared/residents/resident'
import { describe, expect, it } from 'vitest'
import { householdsOfResidents } from './household-options'

const resident = (name: string, household: TResident['household']) =>
  ({ name, household }) as TResident

describe('householdsOfResidents', () => {
  it('lists each household once, naming the head when found, skipping residents in none', () => {
    const h1 = { id: 'h1', address: '胜利路3号楼2单元502室', relationship: '02', isHead: true }
    const result = householdsOfResidents([
      resident('张三', h1),
      resident('李四', { ...h1, relationship: '12', isHead: false }),
      resident('王五', null),
      resident('赵六', { id: 'h2', address: '胜利路5号', relationship: '20', isHead: false }),
    ])
    expect(result).toEqual([
      { id: 'h1', address: h1.address, head: '张三', names: ['张三', '李四'] },
      { id: 'h2', address: '胜利路5号', names: ['赵六'] },
    ])
  })
})

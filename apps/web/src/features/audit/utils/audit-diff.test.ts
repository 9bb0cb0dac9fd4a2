import { describe, expect, it } from 'vitest'
import { diffSnapshots } from './audit-diff'

describe('diffSnapshots', () => {
  it('shows only the fields an update changed, without bookkeeping', () => {
    const before = {
      name: '东关居委会',
      phone: null,
      committeeIds: ['a'],
      version: 1,
      updatedAt: 'x',
    }
    const after = {
      name: '东关社区居委会',
      phone: null,
      committeeIds: ['a', 'b'],
      version: 2,
      updatedAt: 'y',
    }
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'name', before: '东关居委会', after: '东关社区居委会' },
      { field: 'committeeIds', before: ['a'], after: ['a', 'b'] },
    ])
  })

  it('shows the whole snapshot of a create or a delete', () => {
    expect(diffSnapshots(null, { name: 'n', active: true, id: 'i' })).toEqual([
      { field: 'name', before: undefined, after: 'n' },
      { field: 'active', before: undefined, after: true },
    ])
    expect(diffSnapshots({ code: 'c' }, null)).toEqual([
      { field: 'code', before: 'c', after: undefined },
    ])
  })

  it('has nothing to show without snapshots', () => {
    expect(diffSnapshots(null, null)).toEqual([])
  })
})

describe('diffSnapshots order', () => {
  it('lists fields in the order of the forms, not jsonb key order', () => {
    const after = { id: 'x', role: 'clerk', active: true, username: 'a', displayName: 'b', zeta: 1 }
    expect(diffSnapshots(null, after).map((r) => r.field)).toEqual([
      'username',
      'displayName',
      'role',
      'active',
      'zeta',
    ])
  })
})

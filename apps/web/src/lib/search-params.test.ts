import { describe, expect, it } from 'vitest'
import { sortOrderFor, sortParamFrom } from './search-params'
import { toQueryString } from './query-string'

describe('sort parameters', () => {
  const allowed = ['name', '-name', 'code', '-code'] as const

  it('shows the URL sort on the right column', () => {
    expect(sortOrderFor('-name', 'name')).toBe('descend')
    expect(sortOrderFor('name', 'name')).toBe('ascend')
    expect(sortOrderFor('code', 'name')).toBeNull()
  })

  it('turns a column click into a whitelisted sort, or the default', () => {
    expect(sortParamFrom('name', 'descend', allowed, 'code')).toBe('-name')
    expect(sortParamFrom('name', null, allowed, 'code')).toBe('code')
    expect(sortParamFrom('phone', 'ascend', allowed, 'code')).toBe('code')
  })
})

describe('toQueryString', () => {
  it('leaves blank filters out and writes booleans as the API expects', () => {
    expect(
      toQueryString({ q: '', active: false, sort: 'code', cursor: undefined, limit: 20 }),
    ).toBe('?active=false&sort=code&limit=20')
    expect(toQueryString({})).toBe('')
  })
})

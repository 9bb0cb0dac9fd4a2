import { describe, expect, it } from 'vitest'
import {
  ZPageSearch,
  filtersChanged,
  pageQueryOf,
  searchPaging,
  type TPageSearch,
  sortOrderFor,
  sortParamFrom,
  withPageReset,
} from './search-params'
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

describe('numbered list pages in the URL', () => {
  it('reads ?page and ?size, and drops values a hand-edited URL may hold', () => {
    expect(ZPageSearch.parse({ page: 3, size: 50 })).toEqual({ page: 3, size: 50 })
    expect(ZPageSearch.parse({ page: 0, size: 30 })).toEqual({ page: undefined, size: undefined })
    expect(ZPageSearch.parse({ page: '2x', size: '50' })).toEqual({
      page: undefined,
      size: undefined,
    })
    expect(pageQueryOf({})).toEqual({ page: 1, limit: 20 })
    expect(pageQueryOf({ page: 4, size: 100 })).toEqual({ page: 4, limit: 100 })
  })

  it('starts at page 1 again when a filter, the search text, the order or the page size changes', () => {
    const on5: TPageSearch & { q?: string; sort?: string } = {
      q: '张',
      sort: 'name',
      page: 5,
      size: 20,
    }
    expect(withPageReset(on5, { ...on5, page: 6 })).toEqual({ ...on5, page: 6 })
    expect(withPageReset(on5, { ...on5, q: '李' })).toEqual({ ...on5, q: '李', page: undefined })
    expect(withPageReset(on5, { ...on5, sort: '-name' }).page).toBeUndefined()
    expect(withPageReset(on5, { ...on5, size: 50 }).page).toBeUndefined()
    expect(withPageReset(on5, { q: '张', page: 5, size: 20 }).page).toBeUndefined()
    // Another page or size is the same choice of rows (a selection across pages survives it).
    expect(filtersChanged(on5, { ...on5, page: 6, size: 50 })).toBe(false)
    expect(filtersChanged(on5, { ...on5, q: '李' })).toBe(true)
  })
})

describe('searchPaging', () => {
  it('writes the size to the URL only when another one is chosen, so page 2 stays page 2', () => {
    const changes: unknown[] = []
    const paging = searchPaging({ q: '张' } as TPageSearch & { q: string }, 45, (next) =>
      changes.push(next),
    )
    expect(paging).toMatchObject({ page: 1, pageSize: 20, total: 45 })
    paging.onChange(2, 20)
    paging.onChange(1, 50)
    expect(changes).toEqual([
      { q: '张', page: 2, size: undefined },
      { q: '张', page: 1, size: 50 },
    ])
    // As the route applies it: page 2 at the default size keeps its page.
    const on1 = { q: '张' } as TPageSearch & { q: string }
    expect(withPageReset(on1, changes[0] as typeof on1).page).toBe(2)
  })
})

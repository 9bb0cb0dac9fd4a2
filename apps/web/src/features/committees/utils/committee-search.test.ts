import { ZCommitteeListQuery, committeeSortFields } from '@cr/shared/committees/committee'
import { describe, expect, it } from 'vitest'
import { ZCommitteeSearch, committeeSorts, toCommitteeListQuery } from './committee-search'

describe('committee list search', () => {
  it('offers exactly the contract’s orders', () => {
    expect([...committeeSorts]).toEqual(committeeSortFields.flatMap((f) => [f, `-${f}`]))
  })

  it('defaults to sorting by code with no filters', () => {
    expect(ZCommitteeSearch.parse({})).toEqual({ sort: 'code' })
  })

  it('drops bad values from a hand-edited URL instead of failing', () => {
    expect(
      ZCommitteeSearch.parse({ q: 'x'.repeat(80), active: 'maybe', sort: 'password' }),
    ).toEqual({ sort: 'code' })
  })

  it('keeps a number-looking search as text (the router JSON-parses ?q=123)', () => {
    expect(ZCommitteeSearch.parse({ q: 370521 }).q).toBe('370521')
  })

  it('produces a query the API schema accepts', () => {
    const search = ZCommitteeSearch.parse({ q: ' 东关 ', active: false, sort: '-name', page: 3 })
    const query = toCommitteeListQuery(search)
    expect(ZCommitteeListQuery.parse(query)).toMatchObject({
      q: '东关',
      active: false,
      sort: '-name',
      limit: 20,
      page: 3,
    })
  })
})

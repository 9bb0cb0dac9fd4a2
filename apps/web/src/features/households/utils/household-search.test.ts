import { describe, expect, it } from 'vitest'
import { ZHouseholdListQuery } from '@cr/shared/households/household'
import { ZHouseholdsSearch, householdSorts, toHouseholdListQuery } from './household-search'

describe('the households list search', () => {
  it('offers orders the contract accepts and gives the API a query it accepts', () => {
    for (const sort of householdSorts)
      expect(ZHouseholdListQuery.safeParse({ sort }).success).toBe(true)
    const search = ZHouseholdsSearch.parse({ q: ' 永兴路 ', sort: 'name', page: 2 })
    expect(search).toMatchObject({ q: '永兴路', sort: '-createdAt', page: 2 })
    expect(ZHouseholdListQuery.parse(toHouseholdListQuery(search))).toMatchObject({ q: '永兴路' })
    expect(ZHouseholdsSearch.parse({ q: 'x'.repeat(31) }).q).toBeUndefined()
  })
})

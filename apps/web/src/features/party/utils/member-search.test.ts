import { describe, expect, it } from 'vitest'
import { memberCategories, memberStatuses } from '@cr/shared/party/party-codes'
import { ZPartyMemberListQuery } from '@cr/shared/party/party-member'
import {
  ZMembersSearch,
  memberCategoryFilters,
  memberStatusFilters,
  toMemberListQuery,
} from './member-search'

describe('the 党员 list search', () => {
  it('offers exactly the contract’s statuses and categories', () => {
    expect([...memberStatusFilters]).toEqual([...memberStatuses])
    expect([...memberCategoryFilters]).toEqual([...memberCategories])
  })

  it('drops bad values and gives the API a query it accepts', () => {
    const search = ZMembersSearch.parse({ status: 'x', category: 'floating', q: ' 王 ', page: 2 })
    expect(search).toMatchObject({ status: undefined, category: 'floating', q: '王' })
    expect(ZPartyMemberListQuery.safeParse(toMemberListQuery(search, search)).success).toBe(true)
  })
})

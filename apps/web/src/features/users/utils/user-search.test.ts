import { describe, expect, it } from 'vitest'
import { roles } from '@cr/shared/auth/roles'
import { ZUserListQuery, userSortFields } from '@cr/shared/users/user'
import { ZUserSearch, roleFilters, toUserListQuery, userSorts } from './user-search'

describe('the users list search', () => {
  it('offers exactly the contract’s roles and orders', () => {
    expect([...roleFilters]).toEqual([...roles])
    expect([...userSorts]).toEqual(userSortFields.flatMap((f) => [f, `-${f}`]))
  })

  it('drops bad values and gives the API a query it accepts', () => {
    const search = ZUserSearch.parse({ role: 'root', sort: 'password', q: 'wang', active: false })
    expect(search).toMatchObject({ role: undefined, sort: 'username', q: 'wang', active: false })
    expect(ZUserListQuery.parse(toUserListQuery(search))).toMatchObject({ active: false })
  })
})

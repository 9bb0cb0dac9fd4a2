import { type z } from 'zod'
import { ZUserListQuery, userSortFields, type TUserListQuery } from '@cr/shared/users/user'
import { pageQueryOf, searchBoolean, searchText, ZPageSearch } from '@/lib/search-params'

const { q, role, committeeId, sort } = ZUserListQuery.shape
export const defaultUserSort = 'username'
export const userSorts = userSortFields.flatMap((f) => [f, `-${f}`] as const)

/** The users page's URL search (filters and sort of `ZUserListQuery`; bad values dropped). */
export const ZUserSearch = ZPageSearch.extend({
  q: searchText(q).catch(undefined),
  role: role.catch(undefined),
  committeeId: committeeId.catch(undefined),
  active: searchBoolean,
  sort: sort.catch(defaultUserSort),
})
export type TUserSearch = z.infer<typeof ZUserSearch>

export const isUserSearchFiltered = (s: TUserSearch): boolean =>
  Boolean(s.q || s.role || s.committeeId) || s.active !== undefined

export const toUserListQuery = (search: TUserSearch) =>
  ({
    q: search.q || undefined,
    role: search.role,
    committeeId: search.committeeId,
    active: search.active === undefined ? undefined : search.active ? 'true' : 'false',
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies TUserListQuery

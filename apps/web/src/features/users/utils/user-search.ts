import { z } from 'zod'
import type { TRole } from '@cr/shared/auth/roles'
import { ZId } from '@cr/shared/common/record'
import type { TUserListQuery } from '@cr/shared/users/user'
import {
  pageQueryOf,
  searchBoolean,
  searchQuery,
  searchSort,
  ZPageSearch,
} from '@/lib/search-params'

// The contract's types only (user-search.test.ts checks these lists against its schema).
export const defaultUserSort = 'username'
export const userSorts = [
  'username',
  '-username',
  'displayName',
  '-displayName',
  'createdAt',
  '-createdAt',
  'lastLoginAt',
  '-lastLoginAt',
] as const
export const roleFilters = [
  'admin',
  'supervisor',
  'clerk',
  'viewer',
  'patrol_member',
  'building_leader',
] as const satisfies readonly TRole[]

/** The users page's URL search (filters and sort of `ZUserListQuery`; bad values dropped). */
export const ZUserSearch = ZPageSearch.extend({
  q: searchQuery(50),
  role: z.enum(roleFilters).optional().catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  active: searchBoolean,
  sort: searchSort(userSorts, defaultUserSort),
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

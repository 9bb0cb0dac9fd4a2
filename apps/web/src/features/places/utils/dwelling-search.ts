import { ZId } from '@cr/shared/common/record'
import type { TDwellingListQuery, dwellingUses } from '@cr/shared/places/dwelling'
import { z as zod } from 'zod'
import { ZPageSearch, pageQueryOf, searchQuery, searchSort } from '@/lib/search-params'

// The contract's types only (dwelling-search.test.ts checks these lists against its schema).
export const dwellingUseFilters = [
  'owner_occupied',
  'rented',
  'vacant',
  'business',
  'other',
] as const satisfies readonly (typeof dwellingUses)[number][]
export const defaultDwellingSort = 'address'
export const dwellingSorts = ['address', '-address', 'createdAt', '-createdAt'] as const

/** The dwellings list's URL search: filters, order and page; bad values are dropped. */
export const ZDwellingsSearch = ZPageSearch.extend({
  q: searchQuery(50),
  committeeId: ZId.optional().catch(undefined),
  buildingId: ZId.optional().catch(undefined),
  use: zod.enum(dwellingUseFilters).optional().catch(undefined),
  sort: searchSort(dwellingSorts, defaultDwellingSort),
})
export type TDwellingsSearch = zod.infer<typeof ZDwellingsSearch>

export const toDwellingListQuery = (search: TDwellingsSearch) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    buildingId: search.buildingId,
    use: search.use,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies Partial<TDwellingListQuery>

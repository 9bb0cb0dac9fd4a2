import { type z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TBuildingListQuery } from '@cr/shared/places/building'
import { ZPageSearch, pageQueryOf, searchQuery, searchSort } from '@/lib/search-params'

// The contract's types only (building-search.test.ts checks the sorts against its schema).
export const defaultBuildingSort = 'address'
export const buildingSorts = ['address', '-address', 'createdAt', '-createdAt'] as const

/** The buildings list's URL search: filters, order and page; bad values are dropped. */
export const ZBuildingsSearch = ZPageSearch.extend({
  q: searchQuery(50),
  committeeId: ZId.optional().catch(undefined),
  sort: searchSort(buildingSorts, defaultBuildingSort),
})
export type TBuildingsSearch = z.infer<typeof ZBuildingsSearch>

export const toBuildingListQuery = (search: TBuildingsSearch) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies Partial<TBuildingListQuery>

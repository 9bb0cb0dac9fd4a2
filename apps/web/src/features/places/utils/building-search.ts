import { type z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import { ZBuildingListQuery, type TBuildingListQuery } from '@cr/shared/places/building'
import { ZPageSearch, pageQueryOf, searchText } from '@/lib/search-params'

const { q, sort } = ZBuildingListQuery.shape
export const defaultBuildingSort = 'address'
export const buildingSorts = ['address', '-address', 'createdAt', '-createdAt'] as const

/** The buildings list's URL search: filters, order and page; bad values are dropped. */
export const ZBuildingsSearch = ZPageSearch.extend({
  q: searchText(q).catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  sort: sort.catch(defaultBuildingSort),
})
export type TBuildingsSearch = z.infer<typeof ZBuildingsSearch>

export const toBuildingListQuery = (search: TBuildingsSearch) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies Partial<TBuildingListQuery>

import { ZId } from '@cr/shared/common/record'
import {
  ZDwellingListQuery,
  ZDwellingUse,
  type TDwellingListQuery,
} from '@cr/shared/places/dwelling'
import { z as zod } from 'zod'
import { ZPageSearch, pageQueryOf, searchText } from '@/lib/search-params'

const { sort } = ZDwellingListQuery.shape
export const defaultDwellingSort = 'address'
export const dwellingSorts = ['address', '-address', 'createdAt', '-createdAt'] as const

/** The dwellings list's URL search: filters, order and page; bad values are dropped. */
export const ZDwellingsSearch = ZPageSearch.extend({
  q: searchText(zod.string().trim().max(50).optional()).catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  buildingId: ZId.optional().catch(undefined),
  use: ZDwellingUse.optional().catch(undefined),
  sort: sort.catch(defaultDwellingSort),
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

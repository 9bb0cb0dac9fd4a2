import { ZId } from '@cr/shared/common/record'
import { z } from 'zod'
import { ZPageSearch, pageQueryOf } from '@/lib/search-params'

/**
 * The 共建单位 page's URL search: the name filter, the page of the list (共 N 条, by number), and
 * the unit opened on the right.
 */
export const ZCoBuildingSearch = ZPageSearch.extend({
  q: z.string().trim().max(30).optional().catch(undefined),
  unit: ZId.optional().catch(undefined),
})
export type TCoBuildingSearch = z.infer<typeof ZCoBuildingSearch>

/** The API's query for the list the search shows (the opened unit is not a filter). */
export const toCoBuildingListQuery = (search: TCoBuildingSearch) => ({
  q: search.q || undefined,
  ...pageQueryOf(search),
})

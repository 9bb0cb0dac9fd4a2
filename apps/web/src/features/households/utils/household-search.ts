import { type z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { ZHouseholdListQuery } from '@cr/shared/households/household'
import { ZPageSearch, pageQueryOf, searchQuery, searchSort } from '@/lib/search-params'

export const defaultHouseholdSort = '-createdAt'
export const householdSorts = ['createdAt', '-createdAt'] as const

/**
 * The households list's URL search: its filters, order and page (a clerk bookmarks page 3 of a
 * building's households, or sends it to a colleague). Bad values are dropped. The contract's
 * types only (household-search.test.ts checks the sorts against its schema).
 */
export const ZHouseholdsSearch = ZPageSearch.extend({
  q: searchQuery(30),
  committeeId: ZId.optional().catch(undefined),
  buildingId: ZId.optional().catch(undefined),
  sort: searchSort(householdSorts, defaultHouseholdSort),
})
export type THouseholdsSearch = z.infer<typeof ZHouseholdsSearch>

/** The API query for the page the search shows, in the shape `ZHouseholdListQuery` accepts. */
export const toHouseholdListQuery = (search: THouseholdsSearch) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    buildingId: search.buildingId,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies z.input<typeof ZHouseholdListQuery>

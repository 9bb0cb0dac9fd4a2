import { type z } from 'zod'
import type { TCommitteeListQuery } from '@cr/shared/committees/committee'
import {
  pageQueryOf,
  searchBoolean,
  searchQuery,
  searchSort,
  ZPageSearch,
} from '@/lib/search-params'

// The contract's types only (committee-search.test.ts checks the sorts against its schema).
export const defaultCommitteeSort = 'code'
export const committeeSorts = ['name', '-name', 'code', '-code', 'createdAt', '-createdAt'] as const

/**
 * The committees page's URL search: the shared list query's filters, with bad values dropped
 * (a hand-edited URL must not break the page). The cursor is not in the URL: "load more"
 * pages are transient, the filters are what a clerk bookmarks or sends to a colleague.
 */
export const ZCommitteeSearch = ZPageSearch.extend({
  q: searchQuery(50),
  active: searchBoolean,
  sort: searchSort(committeeSorts, defaultCommitteeSort),
})
export type TCommitteeSearch = z.infer<typeof ZCommitteeSearch>

/** The API query for one page of the list, in the shape `ZCommitteeListQuery` accepts. */
export const toCommitteeListQuery = (search: TCommitteeSearch) =>
  ({
    q: search.q || undefined,
    active: search.active === undefined ? undefined : search.active ? 'true' : 'false',
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies TCommitteeListQuery

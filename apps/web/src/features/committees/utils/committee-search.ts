import { type z } from 'zod'
import {
  ZCommitteeListQuery,
  committeeSortFields,
  type TCommitteeListQuery,
} from '@cr/shared/committees/committee'
import { pageQueryOf, searchBoolean, searchText, ZPageSearch } from '@/lib/search-params'

const { q, sort } = ZCommitteeListQuery.shape
export const defaultCommitteeSort = 'code'
export const committeeSorts = committeeSortFields.flatMap((f) => [f, `-${f}`] as const)

/**
 * The committees page's URL search: the shared list query's filters, with bad values dropped
 * (a hand-edited URL must not break the page). The cursor is not in the URL: "load more"
 * pages are transient, the filters are what a clerk bookmarks or sends to a colleague.
 */
export const ZCommitteeSearch = ZPageSearch.extend({
  q: searchText(q).catch(undefined),
  active: searchBoolean,
  sort: sort.catch(defaultCommitteeSort),
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

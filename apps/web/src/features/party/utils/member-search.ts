import { ZPartyMemberListQuery } from '@cr/shared/party/party-member'
import { z } from 'zod'
import { ZPageSearch, pageQueryOf, searchText, type TPageSearch } from '@/lib/search-params'

const { organizationId, status, category, q } = ZPartyMemberListQuery.shape
/** The 党员 page's URL search: the filters of the roster and its page. */
export const ZMembersSearch = ZPageSearch.extend({
  organizationId: organizationId.catch(undefined),
  status: status.catch(undefined),
  category: category.catch(undefined),
  lostContact: z.boolean().optional().catch(undefined),
  q: searchText(q).catch(undefined),
})
export type TMembersSearch = z.infer<typeof ZMembersSearch>

/** What a roster query filters on (the page's search, or one organisation's subtree). */
export type TMemberListFilters = Omit<TMembersSearch, 'page' | 'size'>

export const isMembersSearchFiltered = (s: TMembersSearch): boolean =>
  Boolean(s.organizationId || s.status || s.category || s.lostContact || s.q)

/**
 * The API query: a numbered page (`paging`, the roster as a clerk pages it) or the page after
 * `cursor` (reading a whole roster, 100 at a time).
 */
export const toMemberListQuery = (
  filters: TMemberListFilters,
  paging: { cursor: string | undefined } | TPageSearch,
) =>
  ({
    organizationId: filters.organizationId,
    status: filters.status,
    category: filters.category,
    lostContact: filters.lostContact ? 'true' : undefined,
    q: filters.q || undefined,
    ...('cursor' in paging ? { limit: 100, cursor: paging.cursor } : pageQueryOf(paging)),
  }) satisfies z.input<typeof ZPartyMemberListQuery>

import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TMemberCategory, TMemberStatus } from '@cr/shared/party/party-codes'
import type { ZPartyMemberListQuery } from '@cr/shared/party/party-member'
import { ZPageSearch, pageQueryOf, searchText, type TPageSearch } from '@/lib/search-params'

// The route file loads this at start (the sign-in page's first load): the contract's types
// only, not its schemas (they bring the party rules and code tables); the test checks these
// lists against the contract's.
export const memberStatusFilters = [
  'probationary',
  'full',
] as const satisfies readonly TMemberStatus[]
export const memberCategoryFilters = [
  'direct',
  'reporting',
  'floating',
  'resident_unit',
] as const satisfies readonly TMemberCategory[]

/** The 党员 page's URL search: the filters of the roster and its page. */
export const ZMembersSearch = ZPageSearch.extend({
  organizationId: ZId.optional().catch(undefined),
  status: z.enum(memberStatusFilters).optional().catch(undefined),
  category: z.enum(memberCategoryFilters).optional().catch(undefined),
  lostContact: z.boolean().optional().catch(undefined),
  q: searchText(z.string().trim().max(30).optional()).catch(undefined),
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

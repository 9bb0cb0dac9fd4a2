import { ZPartyMemberListQuery } from '@cr/shared/party/party-member'
import { z } from 'zod'
import { searchText } from '@/lib/search-params'

const { organizationId, status, category, q } = ZPartyMemberListQuery.shape
export const memberPageSize = 30

/** The 党员 page's URL search: the filters of the roster, nothing else. */
export const ZMembersSearch = z.object({
  organizationId: organizationId.catch(undefined),
  status: status.catch(undefined),
  category: category.catch(undefined),
  lostContact: z.boolean().optional().catch(undefined),
  q: searchText(q).catch(undefined),
})
export type TMembersSearch = z.infer<typeof ZMembersSearch>

/** What a roster query filters on (the page's search, or one organisation's subtree). */
export type TMemberListFilters = TMembersSearch & { limit?: number }

export const isMembersSearchFiltered = (s: TMembersSearch): boolean =>
  Boolean(s.organizationId || s.status || s.category || s.lostContact || s.q)

export const toMemberListQuery = (filters: TMemberListFilters, cursor?: string) =>
  ({
    organizationId: filters.organizationId,
    status: filters.status,
    category: filters.category,
    lostContact: filters.lostContact ? 'true' : undefined,
    q: filters.q || undefined,
    limit: filters.limit ?? memberPageSize,
    cursor,
  }) satisfies z.input<typeof ZPartyMemberListQuery>

import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TPendingState } from '@cr/shared/rentals/rental-codes'
import { ZPageSearch, pageQueryOf } from '@/lib/search-params'

// Loaded at start by the route file: the contract's types only (see rental-search.ts).
export const defaultPendingSort = '-reportedOn' as const
export const pendingSorts = ['reportedOn', '-reportedOn', 'createdAt', '-createdAt'] as const
export const pendingStateFilters = [
  'pending',
  'registered',
  'cleared',
] as const satisfies readonly TPendingState[]
/** The list opens on the people still pending; `all` shows the resolved ones too. */
export const defaultPendingState = 'pending' as const

/** The 待登记人员 list's URL search: filters, order and page; bad values are dropped. */
export const ZPendingSearch = ZPageSearch.extend({
  committeeId: ZId.optional().catch(undefined),
  state: z.enum([...pendingStateFilters, 'all']).catch(defaultPendingState),
  sort: z.enum(pendingSorts).catch(defaultPendingSort),
})
export type TPendingSearch = z.infer<typeof ZPendingSearch>

export const pendingFiltered = (s: TPendingSearch) =>
  Boolean(s.committeeId || s.state !== defaultPendingState)

/** The API query for one page. */
export const toPendingListQuery = (search: TPendingSearch) => ({
  committeeId: search.committeeId,
  state: search.state === 'all' ? undefined : search.state,
  sort: search.sort,
  ...pageQueryOf(search),
})

import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TFollowUpState } from '@cr/shared/patrol/patrol-follow-up'
import { ZPageSearch } from '@/lib/search-params'

// The route file loads this at start: the contract's types only, not its schemas or labels.
export const defaultFollowUpSort = 'dueOn' as const
export const followUpSorts = ['dueOn', '-dueOn', 'openedOn', '-openedOn'] as const
export const followUpStateFilters = [
  'open',
  'overdue',
  'closed',
] as const satisfies readonly TFollowUpState[]

/** The follow-ups list's URL search: state, team, owner, order and page. */
export const ZFollowUpsSearch = ZPageSearch.extend({
  committeeId: ZId.optional().catch(undefined),
  teamId: ZId.optional().catch(undefined),
  ownerId: ZId.optional().catch(undefined),
  state: z.enum(followUpStateFilters).optional().catch(undefined),
  sort: z.enum(followUpSorts).catch(defaultFollowUpSort),
})
export type TFollowUpsSearch = z.infer<typeof ZFollowUpsSearch>

import type { z } from 'zod'
import type { ZPatrolFollowUpListQuery } from '@cr/shared/patrol/patrol-follow-up'
import { pageQueryOf } from '@/lib/search-params'
import type { TFollowUpsSearch } from './follow-up-search'

// Apart from the search schema, which the route file loads at start: only the page needs these.
export const followUpsFiltered = (s: TFollowUpsSearch) =>
  Boolean(s.committeeId || s.teamId || s.ownerId || s.state)

/** The API query for one page, in the shape `ZPatrolFollowUpListQuery` accepts. */
export const toFollowUpListQuery = (search: TFollowUpsSearch) =>
  ({
    committeeId: search.committeeId,
    teamId: search.teamId,
    ownerId: search.ownerId,
    state: search.state,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies z.input<typeof ZPatrolFollowUpListQuery>

import type { z } from 'zod'
import type { ZPatrolLogListQuery } from '@cr/shared/patrol/patrol-log'
import { pageQueryOf } from '@/lib/search-params'
import type { TPatrolLogsSearch } from './patrol-log-search'

// Apart from the search schema, which the route file loads at start: only the page needs these.
export const patrolLogsFiltered = (s: TPatrolLogsSearch) =>
  Boolean(
    s.committeeId ||
    s.teamId ||
    s.from ||
    s.to ||
    s.incidentType ||
    s.questioned !== undefined ||
    s.followUpOpen,
  )

/** The API query for one page, in the shape `ZPatrolLogListQuery` accepts. */
export const toPatrolLogListQuery = (search: TPatrolLogsSearch) =>
  ({
    committeeId: search.committeeId,
    teamId: search.teamId,
    from: search.from,
    to: search.to,
    incidentType: search.incidentType,
    questioned: search.questioned === undefined ? undefined : search.questioned ? 'true' : 'false',
    followUpOpen: search.followUpOpen ? 'true' : undefined,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies z.input<typeof ZPatrolLogListQuery>

import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TIncidentType } from '@cr/shared/patrol/patrol-codes'
import { ZPageSearch, searchBoolean } from '@/lib/search-params'

// The route file loads this at start: the contract's types only, not its schemas or labels.
export const defaultPatrolLogSort = '-date' as const
export const patrolLogSorts = ['date', '-date', 'createdAt', '-createdAt'] as const
export const incidentTypeFilters = [
  'suspicious_person',
  'public_order_hazard',
  'fire_hazard',
  'dispute',
  'theft',
  'other',
] as const satisfies readonly TIncidentType[]

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** The patrol register's URL search: dates, team, finding type, 盘查, open follow-ups. */
export const ZPatrolLogsSearch = ZPageSearch.extend({
  committeeId: ZId.optional().catch(undefined),
  teamId: ZId.optional().catch(undefined),
  from: ZDay.optional().catch(undefined),
  to: ZDay.optional().catch(undefined),
  incidentType: z.enum(incidentTypeFilters).optional().catch(undefined),
  questioned: searchBoolean,
  followUpOpen: searchBoolean,
  sort: z.enum(patrolLogSorts).catch(defaultPatrolLogSort),
})
export type TPatrolLogsSearch = z.infer<typeof ZPatrolLogsSearch>

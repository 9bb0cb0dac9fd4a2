import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TResidenceReason } from '@cr/shared/rentals/rental-codes'
import type { TRegistrationTimeliness } from '@cr/shared/rentals/registration'
import { ZPageSearch, pageQueryOf, searchBoolean, searchText } from '@/lib/search-params'

// Loaded at start by the route file: the contract's types only (its schemas bring the
// working-day calendar, its code tables the labels; the sign-in page must load neither); the
// test checks these lists against the contract's.
export const defaultTemporaryResidentSort = '-movedInOn'
export const temporaryResidentSorts = [
  'movedInOn',
  '-movedInOn',
  'createdAt',
  '-createdAt',
] as const
export const reasonFilters = [
  'work',
  'business',
  'study',
  'family',
  'other',
] as const satisfies readonly TResidenceReason[]
export const timelinessFilters = [
  'on_time',
  'late',
  'due',
  'overdue',
] as const satisfies readonly TRegistrationTimeliness[]

/** The 暂住人口 list's URL search: filters, order and page; bad values are dropped. */
export const ZTemporaryResidentsSearch = ZPageSearch.extend({
  q: searchText(z.string().trim().max(30).optional()).catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  reason: z.enum(reasonFilters).optional().catch(undefined),
  householdProvince: searchText(z.string().trim().max(20).optional()).catch(undefined),
  timeliness: z.enum(timelinessFilters).optional().catch(undefined),
  permitDue: searchBoolean,
  sort: z.enum(temporaryResidentSorts).catch(defaultTemporaryResidentSort),
})
export type TTemporaryResidentsSearch = z.infer<typeof ZTemporaryResidentsSearch>

export const temporaryResidentsFiltered = (s: TTemporaryResidentsSearch) =>
  Boolean(s.q || s.committeeId || s.reason || s.householdProvince || s.timeliness || s.permitDue)

/** The API query for one page (the people living here now: `current` stays the default). */
export const toTemporaryResidentListQuery = (search: TTemporaryResidentsSearch) => ({
  q: search.q || undefined,
  committeeId: search.committeeId,
  reason: search.reason,
  householdProvince: search.householdProvince || undefined,
  timeliness: search.timeliness,
  permitDue: search.permitDue ? 'true' : undefined,
  sort: search.sort,
  ...pageQueryOf(search),
})

import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TReminderListQuery } from '@cr/shared/reminders/reminder'
import { pageQueryOf, searchQuery, ZPageSearch } from '@/lib/search-params'

// The contract's values, restated for the URL (reminder-search.test.ts checks them against it):
// the route loads this file, and the contract's schemas stay out of that chunk.
export const reminderModules = [
  'party',
  'registry',
  'rentals',
  'subsidies',
  'patrol',
  'co-building',
] as const
export const reminderSeverityFilters = ['high', 'medium', 'low'] as const
export const reminderStateFilters = ['open', 'seen', 'snoozed', 'all'] as const

/** 提醒中心's URL search: module, severity, committee, state (open unless chosen), text, page. */
export const ZRemindersSearch = ZPageSearch.extend({
  module: z.enum(reminderModules).optional().catch(undefined),
  severity: z.enum(reminderSeverityFilters).optional().catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  state: z.enum(reminderStateFilters).optional().catch(undefined),
  q: searchQuery(100),
})
export type TRemindersSearch = z.infer<typeof ZRemindersSearch>

export const remindersFiltered = (search: TRemindersSearch) =>
  Boolean(search.module || search.severity || search.committeeId || search.state || search.q)

/** The API query for one page, in the shape `ZReminderListQuery` accepts. */
export const toReminderListQuery = (search: TRemindersSearch) =>
  ({
    module: search.module,
    severity: search.severity,
    committeeId: search.committeeId,
    state: search.state ?? 'open',
    q: search.q || undefined,
    ...pageQueryOf(search),
  }) satisfies Partial<TReminderListQuery>

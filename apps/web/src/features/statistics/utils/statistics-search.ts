import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import { ZPageSearch, searchText } from '@/lib/search-params'

/** `YYYY-MM-DD` of a real calendar day; a hand-edited bad value means "not chosen". */
const searchDate = searchText(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    .optional(),
).catch(undefined)

/**
 * The dashboard's URL search: the as-of day (today if left out), the period's first day (1
 * January of the as-of year if left out) and one committee. A bookmark or a link in a report
 * shows the same figures again. The route files load this at start: zod and ids only.
 */
export const ZDashboardSearch = z.object({
  asOf: searchDate,
  from: searchDate,
  committeeId: ZId.optional().catch(undefined),
})
export type TDashboardSearch = z.infer<typeof ZDashboardSearch>

/** A drill-down's URL search: the dashboard's, one part of the figure, and the page. */
export const ZFigureRowsSearch = ZPageSearch.extend(ZDashboardSearch.shape).extend({
  part: searchText(z.string().max(100).optional()).catch(undefined),
})
export type TFigureRowsSearch = z.infer<typeof ZFigureRowsSearch>

/**
 * The API query of a search: a period start after the as-of day is left out (the API refuses
 * it) rather than shown as an error the user did not make in one go.
 */
export const statisticsQueryOf = (search: TDashboardSearch) => ({
  asOf: search.asOf,
  from: search.from && (!search.asOf || search.from <= search.asOf) ? search.from : undefined,
  committeeId: search.committeeId,
})

import { z } from 'zod'
import { ZNumberedListQuery } from '../common/pagination.ts'
import { ZDate, ZDateInput, ZId, ZRef } from '../common/record.ts'

/**
 * The office's figures (统计): every count the annual report and the dashboard show, computed
 * from the records **as of a date** (`asOf`) — from the dated history the modules keep, not from
 * today's state — and, for the figures about a period ("new members during the year"), over
 * `from`…`asOf`. Each record module contributes its figures in one place (its `*.figures.ts` on
 * the API, its entries in `figure-catalog.ts` here); see ARCHITECTURE.md, "The office's figures".
 */

/** The report's sections, in the order the office writes them; a module's figures are one. */
export const figureModules = [
  'party',
  'registry',
  'rentals',
  'subsidies',
  'patrol',
  'co-building',
] as const
export const ZFigureModule = z.enum(figureModules).meta({ id: 'FigureModule' })
export type TFigureModule = z.infer<typeof ZFigureModule>

/**
 * What a figure's number is: a count of records; a sum of money in 分; minutes; a rate in whole
 * per mille (985 = 98.5%, floored, as the patrol coverage and the pairing rate).
 */
export const figureUnits = ['count', 'fen', 'minutes', 'per-mille'] as const
export const ZFigureUnit = z.enum(figureUnits).meta({ id: 'FigureUnit' })
export type TFigureUnit = z.infer<typeof ZFigureUnit>

/**
 * The kinds of record a figure's rows are, so a drill-down row links to its record's page. A
 * module adds its kinds here when it adds figures.
 */
export const figureRecordTypes = [
  'party_member',
  'party_organization',
  'party_meeting',
  'party_dues_payment',
  'resident',
  'household',
  'building',
  'dwelling',
  'rental_property',
  'rental_contract',
  'temporary_resident',
  'subsidy_case',
  'subsidy_payout',
  'patrol_log',
  'patrol_incident',
  'co_building_unit',
  'co_building_agreement',
] as const
export const ZFigureRecordType = z.enum(figureRecordTypes).meta({ id: 'FigureRecordType' })
export type TFigureRecordType = z.infer<typeof ZFigureRecordType>

/** A figure's key: `<module>.<name>` in the catalog (`party.members`, `registry.residents`). */
export const ZFigureKey = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z-]+\.[a-z0-9.-]+$/)
  .describe('A figure of the catalog, `<module>.<name>`')

export const ZStatisticsQuery = z.object({
  asOf: ZDateInput.optional().describe(
    'The day the figures are as of (end of day); today if left out',
  ),
  from: ZDateInput.optional().describe(
    'The first day of the period the "during the period" figures count (new members, moves, ' +
      'patrols); 1 January of `asOf`’s year if left out',
  ),
  committeeId: ZId.optional().describe('One residents’ committee; all in scope if left out'),
})
export type TStatisticsQuery = z.infer<typeof ZStatisticsQuery>

/** One part of a figure (members by branch, residents by committee, findings by type). */
export const ZFigurePart = z.object({
  key: z.string().describe('The part’s key: a code, a record id, or `none`'),
  label: z.string(),
  value: z.number(),
})
export type TFigurePart = z.infer<typeof ZFigurePart>

export const ZFigure = z
  .object({
    key: ZFigureKey,
    module: ZFigureModule,
    label: z.string().describe('The figure’s name in the language asked for'),
    unit: ZFigureUnit,
    value: z
      .number()
      .nullable()
      .describe('Null when the module has no records at all (“not recorded”, never 0)'),
    drillable: z.boolean().describe('Whether `/statistics/figures/{key}/rows` lists its records'),
    parts: z.array(ZFigurePart).describe('The figure split by its breakdown; empty if it has none'),
  })
  .meta({ id: 'Figure' })
export type TFigure = z.infer<typeof ZFigure>

export const ZStatistics = z
  .object({
    asOf: ZDate,
    from: ZDate,
    committee: ZRef.nullable(),
    modules: z.array(
      z.object({
        module: ZFigureModule,
        recorded: z.boolean().describe('False while the module holds no records in scope'),
        figures: z.array(ZFigure),
      }),
    ),
    byCommittee: z
      .array(
        z.object({
          committee: ZRef,
          values: z.record(z.string(), z.number().nullable()),
        }),
      )
      .describe('Each committee in scope with every figure’s value for it (by figure key)'),
  })
  .meta({ id: 'Statistics' })
export type TStatistics = z.infer<typeof ZStatistics>

export const ZFigureParams = z.object({ key: ZFigureKey })

export const ZFigureRowsQuery = ZStatisticsQuery.extend(ZNumberedListQuery.shape).extend({
  part: z.string().max(100).optional().describe('Only the rows of one part (`parts[].key`)'),
})
export type TFigureRowsQuery = z.infer<typeof ZFigureRowsQuery>

/** One record a figure counts: the drill-down's row, linking to the record. */
export const ZFigureRow = z
  .object({
    recordType: ZFigureRecordType,
    recordId: ZId,
    label: z
      .string()
      .describe('The record’s name as its list shows it (a person’s name, an address)'),
    detail: z.string().nullable().describe('What places it (a branch, an address, a month)'),
    committee: ZRef.nullable(),
    part: z.string().nullable().describe('The part of the figure the row is in'),
    date: ZDate.nullable().describe('The day that put the row in the figure, where there is one'),
    amount: z
      .number()
      .nullable()
      .describe('What the row adds to a sum (分, minutes); null for counts'),
  })
  .meta({ id: 'FigureRow' })
export type TFigureRow = z.infer<typeof ZFigureRow>

export const ZFigureRows = z
  .object({
    figure: ZFigure,
    asOf: ZDate,
    from: ZDate,
    items: z.array(ZFigureRow),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
  })
  .meta({ id: 'FigureRows' })
export type TFigureRows = z.infer<typeof ZFigureRows>

/** Figures over consecutive periods, for a chart (payout by month, patrols by week). */
export const seriesIntervals = ['month', 'week'] as const
export const ZSeriesQuery = z.object({
  keys: z
    .string()
    .max(800)
    .regex(/^[a-z-]+\.[a-z0-9.-]+(,[a-z-]+\.[a-z0-9.-]+){0,11}$/)
    .describe('Up to 12 figure keys, comma separated'),
  interval: z.enum(seriesIntervals).default('month'),
  to: ZDateInput.optional().describe(
    'The last period ends on the one holding this day; today if left out',
  ),
  periods: z.coerce.number().int().min(1).max(53).default(12),
  committeeId: ZId.optional(),
})
export type TSeriesQuery = z.infer<typeof ZSeriesQuery>

export const ZSeries = z
  .object({
    interval: z.enum(seriesIntervals),
    points: z.array(
      z.object({
        from: ZDate,
        asOf: ZDate,
        values: z.record(z.string(), z.number().nullable()),
      }),
    ),
  })
  .meta({ id: 'Series' })
export type TSeries = z.infer<typeof ZSeries>

import { z } from 'zod'
import { ZId, ZRef, ZDate, ZTimestamp } from '../common/record.ts'
import {
  figureModules,
  ZFigure,
  ZFigureModule,
  type TFigureModule,
} from '../statistics/statistics.ts'

/**
 * The annual work report (年度工作总结): one section per module of the statistics, in the
 * office's order, each with its figures as of 31 December (the "during the year" figures from
 * 1 January), the figures with parts as tables, and the clerk's own text. The texts are kept
 * per year and scope (`all`, or one committee's report) and are never overwritten: each save is
 * a new version, the earlier ones stay readable as the section's history.
 */
export const annualReportSections = figureModules
export type TAnnualReportSection = TFigureModule

/** The sections' titles, as the office heads them. */
export const annualReportSectionTitles: Record<TAnnualReportSection, { zh: string; en: string }> = {
  party: { zh: '党建', en: 'Party building' },
  registry: { zh: '以房管人', en: 'Residents registry' },
  rentals: { zh: '出租房屋和暂住人口', en: 'Rentals and temporary residents' },
  subsidies: { zh: '社会保障（低保）', en: 'Social security (subsistence allowance)' },
  patrol: { zh: '社会治安（巡逻）', en: 'Public order (patrols)' },
  'co-building': { zh: '共驻共建', en: 'Co-building with local units' },
}

/** The earliest year a report can be asked for; the latest is the current year (the clock's). */
export const annualReportFirstYear = 2000
/** A section's text is at most this long (a few pages of prose). */
export const annualReportTextMax = 20_000

export const ZAnnualReportParams = z.object({
  year: z.coerce.number().int().describe('The report’s year (2000 to the current year)'),
})
export const ZAnnualReportSectionParams = ZAnnualReportParams.extend({
  section: ZFigureModule,
})

export const ZAnnualReportQuery = z.object({
  committeeId: ZId.optional().describe(
    'One residents’ committee’s report; the office’s if left out',
  ),
})
export type TAnnualReportQuery = z.infer<typeof ZAnnualReportQuery>

/** The clerk's text of a section: version 0 (empty) until first saved. */
export const ZAnnualReportText = z
  .object({
    body: z.string(),
    version: z.number().int().nonnegative(),
    updatedAt: ZTimestamp.nullable(),
    updatedBy: z.string().nullable().describe('Who saved this version'),
  })
  .meta({ id: 'AnnualReportText' })
export type TAnnualReportText = z.infer<typeof ZAnnualReportText>

export const ZAnnualReportTextPut = z
  .object({ body: z.string().max(annualReportTextMax) })
  .meta({ id: 'AnnualReportTextPut' })
export type TAnnualReportTextPut = z.infer<typeof ZAnnualReportTextPut>

export const ZAnnualReportHistory = z
  .object({ items: z.array(ZAnnualReportText).describe('Every saved version, newest first') })
  .meta({ id: 'AnnualReportHistory' })
export type TAnnualReportHistory = z.infer<typeof ZAnnualReportHistory>

/** A figure with parts as a table: one row per part (branch, committee, type). */
export const ZAnnualReportTable = z
  .object({
    figureKey: z.string(),
    title: z.string().describe('The figure’s name'),
    of: z.string().describe('What the rows are (支部, 居委会, 类型): the first column’s heading'),
    unit: ZFigure.shape.unit,
    rows: z.array(z.object({ key: z.string(), label: z.string(), value: z.number() })),
    total: z.number().nullable(),
  })
  .meta({ id: 'AnnualReportTable' })
export type TAnnualReportTable = z.infer<typeof ZAnnualReportTable>

export const ZAnnualReportSectionDto = z
  .object({
    section: ZFigureModule,
    title: z.string(),
    recorded: z.boolean().describe('False while the module holds no records (figures 未录入)'),
    figures: z.array(ZFigure),
    tables: z.array(ZAnnualReportTable),
    text: ZAnnualReportText,
  })
  .meta({ id: 'AnnualReportSection' })
export type TAnnualReportSectionDto = z.infer<typeof ZAnnualReportSectionDto>

export const ZAnnualReport = z
  .object({
    year: z.number().int(),
    asOf: ZDate,
    from: ZDate,
    office: z.string().describe('The office’s name, the report’s heading'),
    committee: ZRef.nullable(),
    editable: z
      .boolean()
      .describe('Whether the caller may save the texts of this report (its scope is theirs)'),
    sections: z.array(ZAnnualReportSectionDto),
  })
  .meta({ id: 'AnnualReport' })
export type TAnnualReport = z.infer<typeof ZAnnualReport>

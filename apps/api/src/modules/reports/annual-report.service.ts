import type { TLanguage } from '@cr/shared/common/error-messages'
import {
  annualReportFirstYear,
  annualReportSections,
  annualReportSectionTitles,
  type TAnnualReport,
  type TAnnualReportHistory,
  type TAnnualReportQuery,
  type TAnnualReportSection,
  type TAnnualReportTable,
  type TAnnualReportText,
} from '@cr/shared/reports/annual-report'
import { figureEntry } from '@cr/shared/statistics/figure-catalog'
import type { TFigure } from '@cr/shared/statistics/statistics'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, forbidden, preconditionFailed } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { getOfficeName } from '../settings/settings.service.ts'
import { statistics } from '../statistics/statistics.service.ts'

type TContext = { db: TTransaction; actor: TActor; today: string; language: TLanguage }
type TTextRow = {
  body: string
  version: number
  createdAt: Date
  authorName: string | null
}
type TTextDb = Pick<TTransaction, 'annualReportText' | 'committee'>

/** 2000 … the current year by the clock: a later year has nothing to report yet. */
const checkYear = (year: number, today: string) => {
  if (year < annualReportFirstYear || year > Number(today.slice(0, 4)))
    throw fieldError('params.year', 'report_year_out_of_range')
}

/**
 * The report's scope: the office's (`all`) or one committee's, which must be in the caller's
 * scope (refused exactly as an unknown committee, as the statistics do). Only a caller who sees
 * every committee may write the office's texts: a clerk's "whole office" is just their own
 * committees, and the office's summary is not theirs to rewrite (403).
 */
const scopeOf = async (db: TTextDb, actor: TActor, committeeId: string | undefined) => {
  if (!committeeId)
    return {
      scopeKey: 'all',
      committeeId: null,
      editable: actor.allCommittees && actor.permissions.has('report:write'),
    }
  const committee = await db.committee.findFirst({
    where: {
      AND: [
        { id: committeeId, deletedAt: null },
        actor.allCommittees ? {} : { id: { in: actor.committeeIds } },
      ],
    },
    select: { id: true },
  })
  if (!committee)
    throw new AppError('validation_failed', 400, {
      fields: [{ path: 'committeeId', code: 'committee_unknown' }],
    })
  return {
    scopeKey: committeeId,
    committeeId,
    editable: actor.permissions.has('report:write'),
  }
}

const emptyText: TAnnualReportText = { body: '', version: 0, updatedAt: null, updatedBy: null }

const toTextDto = (row: TTextRow): TAnnualReportText => ({
  body: row.body,
  version: row.version,
  updatedAt: row.createdAt.toISOString(),
  updatedBy: row.authorName,
})

const textSelect = { body: true, version: true, createdAt: true, authorName: true } as const

/** The latest version of each section's text (texts are appended, never overwritten). */
const latestTexts = async (db: TTextDb, year: number, scopeKey: string) => {
  const rows = await db.annualReportText.findMany({
    where: { year, scopeKey },
    orderBy: { version: 'desc' },
    select: { ...textSelect, section: true },
  })
  const latest = new Map<string, TAnnualReportText>()
  for (const row of rows) if (!latest.has(row.section)) latest.set(row.section, toTextDto(row))
  return latest
}

/** The figures with parts, each as a table of its parts (members by branch, findings by type). */
const tablesOf = (figures: readonly TFigure[], language: TLanguage): TAnnualReportTable[] =>
  figures
    .filter((figure) => figure.parts.length > 0)
    .map((figure) => ({
      figureKey: figure.key,
      title: figure.label,
      of: figureEntry(figure.key)?.of?.[language] ?? (language === 'zh' ? '分类' : 'Part'),
      unit: figure.unit,
      rows: figure.parts,
      total: figure.value,
    }))

/**
 * The heading: a committee's report is that committee's; the office's report carries the office's
 * name (系统设置 › 单位名称), or, until one is set, the committees it covers (a handful by name,
 * more as a count).
 */
const officeName = (
  committees: readonly { name: string }[],
  language: TLanguage,
  setting: string,
) => {
  if (setting) return setting
  const names = committees.map((c) => c.name)
  if (names.length <= 3) return names.join(language === 'zh' ? '、' : ', ')
  return language === 'zh'
    ? `${names.slice(0, 3).join('、')}等${names.length}个居委会`
    : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more committees`
}

/**
 * GET /reports/annual/:year: every section's figures as of 31 December (the period figures from
 * 1 January) from the statistics service itself — never recomputed here — with the texts.
 */
export const annualReport = async (
  context: TContext,
  year: number,
  query: TAnnualReportQuery,
): Promise<TAnnualReport> => {
  checkYear(year, context.today)
  const scope = await scopeOf(context.db, context.actor, query.committeeId)
  const stats = await statistics(context, {
    asOf: `${year}-12-31`,
    from: `${year}-01-01`,
    ...(query.committeeId ? { committeeId: query.committeeId } : {}),
  })
  const texts = await latestTexts(context.db, year, scope.scopeKey)
  const modules = new Map(stats.modules.map((m) => [m.module, m]))
  return {
    year,
    asOf: stats.asOf,
    from: stats.from,
    office: officeName(
      stats.committee ? [stats.committee] : stats.byCommittee.map((c) => c.committee),
      context.language,
      stats.committee ? '' : await getOfficeName(context.db),
    ),
    committee: stats.committee,
    editable: scope.editable,
    sections: annualReportSections.map((section) => {
      const figures = modules.get(section)?.figures ?? []
      return {
        section,
        title: annualReportSectionTitles[section][context.language],
        recorded: modules.get(section)?.recorded ?? false,
        figures,
        tables: tablesOf(figures, context.language),
        text: texts.get(section) ?? emptyText,
      }
    }),
  }
}

/** GET …/sections/:section/history: every saved version, newest first. */
export const annualReportHistory = async (
  context: TContext,
  year: number,
  section: TAnnualReportSection,
  query: TAnnualReportQuery,
): Promise<TAnnualReportHistory> => {
  checkYear(year, context.today)
  const scope = await scopeOf(context.db, context.actor, query.committeeId)
  const rows = await context.db.annualReportText.findMany({
    where: { year, scopeKey: scope.scopeKey, section },
    orderBy: { version: 'desc' },
    select: textSelect,
  })
  return { items: rows.map(toTextDto) }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'

/**
 * PUT …/sections/:section/text: a new version of the section's text, based on `version` (the
 * one the clerk read; 0 before the first). The earlier versions stay (the history); a stale
 * version — or a concurrent save of the same one, caught by the unique key — is a 412.
 */
export const saveAnnualReportText = async (
  ctx: TWriteContext,
  year: number,
  section: TAnnualReportSection,
  query: TAnnualReportQuery,
  version: number,
  body: string,
): Promise<TAnnualReportText> => {
  checkYear(year, ctx.today)
  const scope = await scopeOf(ctx.tx, ctx.actor, query.committeeId)
  if (!scope.editable) throw forbidden()
  const current = await ctx.tx.annualReportText.findFirst({
    where: { year, scopeKey: scope.scopeKey, section },
    orderBy: { version: 'desc' },
    select: textSelect,
  })
  if ((current?.version ?? 0) !== version) throw preconditionFailed()
  const id = newId()
  const row = await ctx.tx.annualReportText
    .create({
      data: {
        id,
        year,
        scopeKey: scope.scopeKey,
        section,
        version: version + 1,
        body,
        authorId: ctx.actor.userId,
        authorName: ctx.actor.name,
      },
      select: textSelect,
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? preconditionFailed() : error
    })
  const where = { year, scopeKey: scope.scopeKey, section }
  await ctx.audit({
    action: 'update',
    entityType: 'annual_report_text',
    entityId: id,
    committeeId: scope.committeeId,
    before: current ? { ...where, ...toTextDto(current) } : null,
    after: { ...where, ...toTextDto(row) },
  })
  return toTextDto(row)
}

import type { TLanguage } from '@cr/shared/common/error-messages'
import { figureEntry } from '@cr/shared/statistics/figure-catalog'
import type {
  TFigure,
  TFigureRow,
  TFigureRows,
  TFigureRowsQuery,
  TSeries,
  TSeriesQuery,
  TStatistics,
  TStatisticsQuery,
} from '@cr/shared/statistics/statistics'
import { figureSources } from '../../figure-sources.ts'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import { refusePageWithCursor } from '../../lib/keyset.ts'
import type {
  TFigureDefinition,
  TFigureScope,
  TFigureSource,
  TFigureSourceRow,
} from './figure-source.ts'
import { seriesPeriods } from './statistics-periods.ts'

type TContext = { db: TTransaction; actor: TActor; today: string; language: TLanguage }

/** The sources the actor may read (a module's read permission), in the report's order. */
const readableSources = (actor: TActor) =>
  figureSources.filter((source) => actor.permissions.has(source.permission))

/**
 * The committees counted: the actor's scope, narrowed to the one asked for (outside the scope it
 * is refused exactly as an unknown committee is).
 */
const committeesOf = async (
  { db, actor }: TContext,
  committeeId: string | undefined,
): Promise<{ id: string; name: string }[]> => {
  const committees = await db.committee.findMany({
    where: {
      AND: [
        { deletedAt: null },
        actor.allCommittees ? {} : { id: { in: actor.committeeIds } },
        committeeId ? { id: committeeId } : {},
      ],
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
  if (committeeId && committees.length === 0)
    throw new AppError('validation_failed', 400, {
      fields: [{ path: 'committeeId', code: 'committee_unknown' }],
    })
  return committees
}

const scopeOf = (
  context: TContext,
  committees: { id: string }[],
  period: { asOf: string; from: string },
  narrowed: boolean,
): TFigureScope => ({
  db: context.db,
  actor: context.actor,
  ...period,
  today: context.today,
  // Everyone's scope, unless narrowed: null lets a source skip the filter (and count records
  // of no committee, the 党工委's own).
  committeeIds: context.actor.allCommittees && !narrowed ? null : committees.map((c) => c.id),
})

/** `from` defaults to 1 January of `asOf`'s year; a `from` after `asOf` is a field error. */
const periodOf = (query: { asOf?: string; from?: string }, today: string) => {
  const asOf = query.asOf ?? today
  const from = query.from ?? `${asOf.slice(0, 4)}-01-01`
  if (from > asOf)
    throw new AppError('validation_failed', 400, {
      fields: [{ path: 'from', code: 'date_range_invalid' }],
    })
  return { asOf, from }
}

const defaultValue = (definition: TFigureDefinition, rows: readonly TFigureSourceRow[]) => {
  if (definition.value) return definition.value(rows)
  const unit = figureEntry(definition.key)?.unit
  return unit === 'fen' || unit === 'minutes'
    ? rows.reduce((sum, row) => sum + (row.amount ?? 0), 0)
    : rows.length
}

const labelOf = (key: string, language: TLanguage) => figureEntry(key)?.label[language] ?? key

/** A figure from its rows: the number, and its parts when the rows carry them. */
const figureOf = (
  source: TFigureSource,
  definition: TFigureDefinition,
  rows: readonly TFigureSourceRow[] | null,
  language: TLanguage,
): TFigure => {
  const entry = figureEntry(definition.key)
  const parts = new Map<string, { label: string; rows: TFigureSourceRow[] }>()
  for (const row of rows ?? []) {
    if (row.part == null) continue
    const part = parts.get(row.part) ?? { label: row.partLabel ?? row.part, rows: [] }
    part.rows.push(row)
    parts.set(row.part, part)
  }
  return {
    key: definition.key,
    module: source.module,
    label: labelOf(definition.key, language),
    unit: entry?.unit ?? 'count',
    value: rows ? defaultValue(definition, rows) : null,
    drillable: true,
    parts: [...parts]
      .map(([key, part]) => ({
        key,
        label: part.label,
        value: definition.partValue
          ? definition.partValue(part.rows)
          : (defaultValue(definition, part.rows) ?? 0),
      }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'zh-CN')),
  }
}

/** Every readable figure's rows for one period: null for a module with no records in scope. */
const computeRows = async (
  scope: TFigureScope,
  sources: readonly TFigureSource[],
  keys?: ReadonlySet<string>,
) =>
  Promise.all(
    sources.map(async (source) => {
      const definitions = source.figures.filter((f) => !keys || keys.has(f.key))
      const recorded = definitions.length > 0 && (await source.recorded(scope))
      const rows = await Promise.all(
        definitions.map(async (definition) => ({
          definition,
          rows: recorded ? await definition.rows(scope) : null,
        })),
      )
      return { source, recorded, figures: rows }
    }),
  )

/** GET /statistics: every figure as of a date, in total and per committee. */
export const statistics = async (
  context: TContext,
  query: TStatisticsQuery,
): Promise<TStatistics> => {
  const period = periodOf(query, context.today)
  const committees = await committeesOf(context, query.committeeId)
  const scope = scopeOf(context, committees, period, Boolean(query.committeeId))
  const computed = await computeRows(scope, readableSources(context.actor))
  return {
    ...period,
    committee: query.committeeId ? (committees[0] ?? null) : null,
    modules: computed.map(({ source, recorded, figures }) => ({
      module: source.module,
      recorded,
      figures: figures.map(({ definition, rows }) =>
        figureOf(source, definition, rows, context.language),
      ),
    })),
    byCommittee: committees.map((committee) => ({
      committee,
      values: Object.fromEntries(
        computed.flatMap(({ figures }) =>
          figures.map(({ definition, rows }) => [
            definition.key,
            rows
              ? defaultValue(
                  definition,
                  rows.filter((row) => row.committeeId === committee.id),
                )
              : null,
          ]),
        ),
      ),
    })),
  }
}

const findFigure = (actor: TActor, key: string) => {
  for (const source of readableSources(actor)) {
    const definition = source.figures.find((f) => f.key === key)
    if (definition) return { source, definition }
  }
  throw notFound()
}

/**
 * GET /statistics/figures/:key/rows: the records a figure counts, by name (pinyin order), a
 * page at a time; `part` keeps one part's.
 */
export const figureRows = async (
  context: TContext,
  key: string,
  query: TFigureRowsQuery,
): Promise<TFigureRows> => {
  refusePageWithCursor(query)
  const { source, definition } = findFigure(context.actor, key)
  const period = periodOf(query, context.today)
  const committees = await committeesOf(context, query.committeeId)
  const scope = scopeOf(context, committees, period, Boolean(query.committeeId))
  const recorded = await source.recorded(scope)
  const rows = recorded ? await definition.rows(scope) : null
  const names = new Map(
    (
      await context.db.committee.findMany({
        where: { id: { in: [...new Set((rows ?? []).flatMap((r) => r.committeeId ?? []))] } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, c]),
  )
  const kept = (rows ?? [])
    .filter((row) => query.part === undefined || row.part === query.part)
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN') || a.recordId.localeCompare(b.recordId))
  const page = query.page ?? 1
  const items: TFigureRow[] = kept
    .slice((page - 1) * query.limit, page * query.limit)
    .map((row) => ({
      recordType: row.recordType,
      recordId: row.recordId,
      label: row.label,
      detail: row.detail ?? null,
      committee: row.committeeId ? (names.get(row.committeeId) ?? null) : null,
      part: row.part ?? null,
      date: row.date ?? null,
      amount: row.amount ?? null,
    }))
  return {
    figure: figureOf(source, definition, rows, context.language),
    ...period,
    items,
    total: kept.length,
    page,
  }
}

/** GET /statistics/series: the figures asked for over consecutive months or weeks. */
export const statisticsSeries = async (
  context: TContext,
  query: TSeriesQuery,
): Promise<TSeries> => {
  const keys = new Set(query.keys.split(','))
  for (const key of keys) findFigure(context.actor, key)
  const committees = await committeesOf(context, query.committeeId)
  const periods = seriesPeriods(query.interval, query.to ?? context.today, query.periods)
  const points = []
  // One period after another: each is a handful of queries, and a chart asks for 12 or so.
  for (const period of periods) {
    const scope = scopeOf(context, committees, period, Boolean(query.committeeId))
    const computed = await computeRows(scope, readableSources(context.actor), keys)
    points.push({
      ...period,
      values: Object.fromEntries(
        computed.flatMap(({ figures }) =>
          figures.map(({ definition, rows }) => [
            definition.key,
            rows ? defaultValue(definition, rows) : null,
          ]),
        ),
      ),
    })
  }
  return { interval: query.interval, points }
}

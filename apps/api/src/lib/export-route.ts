import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { TPermission } from '@cr/shared/auth/roles'
import { ZExportFormat, type TExportFormat } from '@cr/shared/imports/import-job'
import { selectionBody } from '@cr/shared/common/selection'
import { z } from 'zod'
import { allPages } from '../exports/all-pages.ts'
import type { TExportColumn } from '../exports/export-columns.ts'
import { contentTypes } from '../exports/http-headers.ts'
import { sendExport } from '../exports/send-export.ts'
import type { TActor } from './actor.ts'
import { writeAudit } from './audit.ts'
import type { TTransaction } from './db-types.ts'
import { notFound } from './errors.ts'

type TPage<T> = { items: T[]; nextCursor: string | null }
/** What an export's query holds besides `format`. */
type TFilters<Q extends z.ZodType> = Omit<z.output<Q>, 'format'>

/** The list a plain export reads, page by page, with the list's own filters and order. */
type TListRows = {
  list: (db: TTransaction, actor: TActor, query: never) => Promise<unknown>
  /** Rows per page read (default 100). */
  pageSize?: number
}

/**
 * An export that reads otherwise (the residents' read model on the raw pool, revealed on
 * request; a report computed at once, such as the dues roll): its rows for the request's
 * filters. Called and awaited before anything is written, so it may refuse (403, 404); rows
 * given as an AsyncIterable are read as the file streams.
 */
type TCustomRows<T, Q extends z.ZodType> = {
  rows: (
    request: FastifyRequest,
    filters: TFilters<Q>,
  ) => AsyncIterable<T> | Promise<AsyncIterable<T> | readonly T[]>
  /** The export's query (its filters and `format`); default: the list query without paging. */
  query: Q
}

export type TExportOptions<T, Q extends z.ZodType> = {
  operationId: string
  tag: string
  /** What the file holds, for the summary: `buildings`, `the roster (党员花名册; masked)`. */
  what: string
  permission: TPermission
  /** `'own'`: a field role's account reads only its own patrol teams' rows (route-guard.ts). */
  teamScope?: 'own' | 'committee'
  /** The list's query: the export takes the same filters, without `limit` and `cursor`. */
  listQuery: z.ZodType
  entityType: string
  /** The file's name before the date: `楼栋台账` → `楼栋台账_2026-05-01.xlsx`. */
  fileName: string
  columns: readonly TExportColumn<T>[]
  /**
   * The audit row's committee and `after` (besides `format`); default `{ filters }`. A filter
   * that can hold personal data (a phone typed into `q`) is masked here.
   */
  audited?: (filters: TFilters<Q>) => { committeeId?: string | null; after: object }
  /**
   * 导出所选 / 打印所选: also `POST /export` (the file) and `POST /selection` (the rows as JSON,
   * for a print page) for up to 500 selected ids in a body, in the list's sort. The rows are
   * read as the export reads them (its `list` or `rows`, so the same scope, columns and masking)
   * with `ids` added to the query: a list that offers this reads exactly those ids in the
   * actor's scope, whatever its other filters say. An id it does not find answers 404 for the
   * whole selection, before anything is written. `record`: the row schema of `POST /selection`.
   */
  selection?: { record: z.ZodType; operationIds: { export: string; read: string } }
} & (TListRows | TCustomRows<T, Q>)

async function* fromArray<T>(rows: readonly T[]) {
  yield* rows
}
const asyncRows = <T>(rows: AsyncIterable<T> | readonly T[]): AsyncIterable<T> =>
  Array.isArray(rows) ? fromArray(rows) : (rows as AsyncIterable<T>)

/**
 * `GET /export` beside a list — the one way a list becomes a file: the list's filters and order
 * (its query without paging, plus `format`), every row read page by page, streamed as .xlsx or
 * .csv by `sendExport`, and an audit row saying who took which list out. CRUD modules declare it
 * through `registerCrudRoutes`' `exportAs`; a list without the CRUD helper calls this itself.
 */
/** A list's filters and order without its paging (an export is every page), plus `format`. */
const exportQueryOf = (listQuery: z.ZodType) => {
  const list = listQuery as unknown as z.ZodObject
  const paging = ['limit', 'cursor', 'page'].filter((key) => key in list.shape)
  return list
    .omit(Object.fromEntries(paging.map((key) => [key, true])) as Record<string, true>)
    .extend({ format: ZExportFormat.default('xlsx') })
}

/** The list's `sort` parameter, which a selection keeps (none if the list has no sort). */
const sortOf = (query: z.ZodType) => (query as unknown as z.ZodObject).shape.sort as z.ZodType

/**
 * The selected rows in the list's order, read the way the export reads its rows with `ids`
 * added to its query (the other filters at their defaults: the list ignores them for `ids`).
 * Each id counts once; one the read does not give back (another's scope, deleted, never
 * existed) makes the whole selection 404, alike whichever it is.
 */
const readSelection = async <T, Q extends z.ZodType>(
  app: FastifyInstance,
  request: FastifyRequest,
  options: TExportOptions<T, Q>,
  querystring: z.ZodType,
  selection: { ids: string[]; sort?: unknown },
): Promise<T[]> => {
  const ids = [...new Set(selection.ids)]
  const defaults = querystring.parse(selection.sort === undefined ? {} : { sort: selection.sort })
  const { format: _format, ...rest } = defaults as { format?: TExportFormat }
  const filters = { ...rest, ids } as unknown as TFilters<Q>
  const wanted = new Set(ids)
  const rows =
    'rows' in options
      ? asyncRows(await options.rows(request, filters))
      : allPages(
          (cursor) =>
            options.list(app.db.prisma, request.actor!, {
              ...filters,
              limit: options.pageSize ?? 100,
              cursor,
            } as never) as Promise<TPage<T>>,
        )
  const found: T[] = []
  // Kept to the ids asked for, whatever the read gives back.
  for await (const row of rows) {
    if (!wanted.delete((row as { id: string }).id)) continue
    found.push(row)
    if (wanted.size === 0) break
  }
  if (wanted.size > 0) throw notFound()
  return found
}

export const registerExportRoute = <T, Q extends z.ZodType = z.ZodType>(
  base: FastifyInstance,
  options: TExportOptions<T, Q>,
) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const querystring = 'query' in options ? options.query : exportQueryOf(options.listQuery)
  if (options.selection) registerSelectionRoutes(app, options, querystring)
  app.get('/export', {
    config: { permission: options.permission, teamScope: options.teamScope },
    schema: {
      operationId: options.operationId,
      tags: [options.tag],
      summary: `The filtered ${options.what} as .xlsx or .csv (streamed)`,
      querystring,
      produces: [contentTypes.xlsx, contentTypes.csv],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...rest } = request.query as { format: TExportFormat }
      const filters = rest as TFilters<Q>
      const actor = request.actor!
      const rows =
        'rows' in options
          ? asyncRows(await options.rows(request, filters))
          : allPages(
              (cursor) =>
                options.list(app.db.prisma, actor, {
                  ...filters,
                  limit: options.pageSize ?? 100,
                  cursor,
                } as never) as Promise<TPage<T>>,
            )
      const audited = options.audited?.(filters) ?? { after: { filters } }
      await writeAudit(
        app.db.prisma,
        actor,
        { requestId: request.id, clientIp: request.ip },
        {
          action: 'export',
          entityType: options.entityType,
          committeeId: exportCommittee(
            actor,
            audited.committeeId ?? (filters as { committeeId?: string }).committeeId,
          ),
          after: { format, ...audited.after },
        },
      )
      return sendExport(reply, {
        fileName: `${options.fileName}_${app.today()}`,
        format,
        columns: options.columns,
        rows,
      })
    },
  })
}

/**
 * The committee an export's audit row is filed under, so that the committee's own clerks and
 * supervisors see it in their audit log: the one the list was filtered by or the selected
 * records share, else the caller's only committee; null (administrators' view only) for an
 * export across committees.
 */
const exportCommittee = (
  actor: Pick<TActor, 'allCommittees' | 'committeeIds'>,
  named: string | null | undefined,
) =>
  named ?? (!actor.allCommittees && actor.committeeIds.length === 1 ? actor.committeeIds[0]! : null)

/** The committee every selected record belongs to, when they share one. */
const sharedCommittee = (rows: unknown[]) => {
  const committees = new Set(rows.map((row) => (row as { committeeId?: string }).committeeId))
  return committees.size === 1 ? [...committees][0] : undefined
}

/** `POST /export` and `POST /selection` of a list that offers 导出所选 / 打印所选. */
const registerSelectionRoutes = <T, Q extends z.ZodType>(
  app: FastifyInstance,
  options: TExportOptions<T, Q>,
  querystring: z.ZodType,
) => {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const { record, operationIds } = options.selection!
  const sort = sortOf(querystring)
  typed.post('/export', {
    config: { permission: options.permission, teamScope: options.teamScope },
    schema: {
      operationId: operationIds.export,
      tags: [options.tag],
      summary: `The selected ${options.what} (up to 500 ids in the body) as .xlsx or .csv`,
      description:
        'The same columns, masking and audit as `GET /export`, limited to the selected ' +
        'records in the list’s sort. An id outside the caller’s scope makes it 404.',
      body: selectionBody(sort).extend({ format: ZExportFormat.default('xlsx') }),
      produces: [contentTypes.xlsx, contentTypes.csv],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...selection } = request.body as {
        format: TExportFormat
        ids: string[]
        sort?: unknown
      }
      const rows = await readSelection(app, request, options, querystring, selection)
      await writeAudit(
        app.db.prisma,
        request.actor!,
        { requestId: request.id, clientIp: request.ip },
        {
          action: 'export',
          entityType: options.entityType,
          committeeId: exportCommittee(request.actor!, sharedCommittee(rows)),
          after: {
            format,
            selected: rows.length,
            ids: rows.map((row) => (row as { id: string }).id),
            ...(selection.sort === undefined ? {} : { sort: selection.sort }),
          },
        },
      )
      return sendExport(reply, {
        fileName: `${options.fileName}_所选_${app.today()}`,
        format,
        columns: options.columns,
        rows: fromArray(rows),
      })
    },
  })
  typed.post('/selection', {
    config: { permission: options.permission, teamScope: options.teamScope },
    schema: {
      operationId: operationIds.read,
      tags: [options.tag],
      summary: `The selected ${options.what} (up to 500 ids in the body), for 打印所选`,
      description:
        'The list’s rows for the selected ids, in its sort, masked as the list is. An id ' +
        'outside the caller’s scope makes it 404.',
      body: selectionBody(sort),
      response: { 200: z.object({ items: z.array(record) }) },
    },
    handler: async (request) => ({
      items: await readSelection(
        app,
        request,
        options,
        querystring,
        request.body as { ids: string[]; sort?: unknown },
      ),
    }),
  })
}

import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { TPermission } from '@cr/shared/auth/roles'
import { ZExportFormat, type TExportFormat } from '@cr/shared/imports/import-job'
import { z } from 'zod'
import { allPages } from '../exports/all-pages.ts'
import type { TExportColumn } from '../exports/export-columns.ts'
import { contentTypes } from '../exports/http-headers.ts'
import { sendExport } from '../exports/send-export.ts'
import type { TActor } from './actor.ts'
import { writeAudit } from './audit.ts'
import type { TTransaction } from './db-types.ts'

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

export const registerExportRoute = <T, Q extends z.ZodType = z.ZodType>(
  base: FastifyInstance,
  options: TExportOptions<T, Q>,
) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const querystring = 'query' in options ? options.query : exportQueryOf(options.listQuery)
  app.get('/export', {
    config: { permission: options.permission },
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
          committeeId: audited.committeeId ?? null,
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

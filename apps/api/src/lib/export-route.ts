import type { FastifyInstance } from 'fastify'
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

/**
 * `GET /export` beside a list: the same filters and order (the list query without paging, plus
 * `format`), every row read page by page, streamed as .xlsx or .csv, and an audit row saying
 * who took which list out.
 */
export const registerExportRoute = <T>(
  base: FastifyInstance,
  options: {
    operationId: string
    tag: string
    what: string
    permission: TPermission
    listQuery: z.ZodType
    list: (db: TTransaction, actor: TActor, query: never) => Promise<unknown>
    entityType: string
    fileName: string
    columns: readonly TExportColumn<T>[]
  },
) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/export', {
    config: { permission: options.permission },
    schema: {
      operationId: options.operationId,
      tags: [options.tag],
      summary: `The filtered ${options.what} as .xlsx or .csv (streamed)`,
      querystring: (options.listQuery as unknown as z.ZodObject)
        .omit({ limit: true, cursor: true })
        .extend({ format: ZExportFormat.default('xlsx') }),
      produces: [contentTypes.xlsx, contentTypes.csv],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filters } = request.query as { format: TExportFormat }
      const actor = request.actor!
      await writeAudit(
        app.db.prisma,
        actor,
        { requestId: request.id, clientIp: request.ip },
        {
          action: 'export',
          entityType: options.entityType,
          after: { format, filters },
        },
      )
      return sendExport(reply, {
        fileName: `${options.fileName}_${app.today()}`,
        format,
        columns: options.columns,
        rows: allPages(
          (cursor) =>
            options.list(app.db.prisma, actor, {
              ...filters,
              limit: 100,
              cursor,
            } as never) as Promise<TPage<T>>,
        ),
      })
    },
  })
}

import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import type { TPermission } from '@cr/shared/auth/roles'
import { z } from 'zod'
import type { TExportColumn } from '../exports/export-columns.ts'
import { registerExportRoute } from './export-route.ts'
import type { TActor } from './actor.ts'
import type { TTransaction } from './db-types.ts'
import { requireIfMatch, setEtag } from './etag.ts'
import { write, type TWriteContext } from './write.ts'

type TSchemas = {
  record: z.ZodType
  create: z.ZodType
  update: z.ZodType
  listQuery: z.ZodType
  page: z.ZodType
}

type TService<S extends TSchemas> = {
  list: (db: TTransaction, actor: TActor, query: z.output<S['listQuery']>) => Promise<unknown>
  get: (db: TTransaction, actor: TActor, id: string) => Promise<unknown>
  create: (ctx: TWriteContext, input: z.output<S['create']>) => Promise<unknown>
  update: (
    ctx: TWriteContext,
    id: string,
    version: number,
    input: z.output<S['update']>,
  ) => Promise<unknown>
  remove: (ctx: TWriteContext, id: string, version: number) => Promise<void>
}

/**
 * The five routes every record module has — list, create, get (with ETag), change (If-Match),
 * soft delete (If-Match) — declared once. `names` gives the operationIds (`listBuildings`, …)
 * and `labels` the summaries. Workflow steps are added beside it as `POST /:id/<verb>`.
 */
export const registerCrudRoutes = <S extends TSchemas>(
  base: FastifyInstance,
  options: {
    tag: string
    names: { singular: string; plural: string }
    labels: { singular: string; plural: string }
    /** `create`: when creating needs another permission than changing (patrol logs: `patrol:record`). */
    permissions: { read: TPermission; write: TPermission; create?: TPermission }
    /** `'own'` on every route: field roles keep to their own patrol teams (route-guard.ts). */
    teamScope?: 'own' | 'committee'
    schemas: S
    service: TService<S>
    /**
     * `GET /export`: the filtered list as .xlsx or .csv, with these Chinese-headed columns
     * (`registerExportRoute`; `what` says what the file holds, default the plural label).
     */
    exportAs?: {
      entityType: string
      fileName: string
      columns: readonly TExportColumn<z.infer<S['record']>>[]
      what?: string
      /** The audit row's committee and `after`: a filter holding personal data masked (`q`). */
      audited?: (filters: Omit<z.output<S['listQuery']>, 'limit' | 'cursor'>) => {
        committeeId?: string | null
        after: object
      }
      /**
       * 导出所选 / 打印所选: `POST /export` and `POST /selection` for selected ids (the
       * service's `list` reads `ids` in scope, whatever its other filters say).
       */
      selectable?: boolean
    }
  },
) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const { tag, names, labels, permissions, schemas, service, exportAs, teamScope } = options
  const tags = [tag]
  const scoped = teamScope ? { teamScope } : {}

  if (exportAs) {
    const { selectable, audited, ...file } = exportAs
    registerExportRoute<z.infer<S['record']>>(base, {
      operationId: `export${names.plural}`,
      tag,
      permission: permissions.read,
      ...scoped,
      listQuery: schemas.listQuery,
      list: service.list as never,
      ...file,
      what: exportAs.what ?? labels.plural,
      // The list query's filters, as the export route hands them over.
      ...(audited ? { audited: audited as never } : {}),
      ...(selectable
        ? {
            selection: {
              record: schemas.record,
              operationIds: {
                export: `exportSelected${names.plural}`,
                read: `readSelected${names.plural}`,
              },
            },
          }
        : {}),
    })
  }

  app.get('/', {
    config: { permission: permissions.read, ...scoped },
    schema: {
      operationId: `list${names.plural}`,
      tags,
      summary: `List ${labels.plural} in the caller’s scope`,
      querystring: schemas.listQuery,
      response: { 200: schemas.page },
    },
    handler: (request) => service.list(app.db.prisma, request.actor!, request.query as never),
  })

  app.post('/', {
    config: { permission: permissions.create ?? permissions.write, ...scoped },
    schema: {
      operationId: `create${names.singular}`,
      tags,
      summary: `Create a ${labels.singular}`,
      body: schemas.create,
      response: { 201: schemas.record },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => service.create(ctx, request.body as never)),
  })

  app.get('/:id', {
    config: { permission: permissions.read, ...scoped },
    schema: {
      operationId: `get${names.singular}`,
      tags,
      summary: `Get one ${labels.singular} (ETag = version)`,
      params: ZIdParams,
      response: { 200: schemas.record },
    },
    handler: async (request, reply) => {
      const record = await service.get(app.db.prisma, request.actor!, request.params.id)
      setEtag(reply, record)
      return record
    },
  })

  app.patch('/:id', {
    config: { permission: permissions.write, ...scoped },
    schema: {
      operationId: `update${names.singular}`,
      tags,
      summary: `Change a ${labels.singular} (needs If-Match)`,
      params: ZIdParams,
      body: schemas.update,
      response: { 200: schemas.record },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        service.update(ctx, request.params.id, requireIfMatch(request), request.body as never),
      ),
  })

  app.delete('/:id', {
    config: { permission: permissions.write, ...scoped },
    schema: {
      operationId: `delete${names.singular}`,
      tags,
      summary: `Remove a ${labels.singular} (soft delete, needs If-Match)`,
      params: ZIdParams,
      response: { 204: z.null() },
    },
    handler: (request, reply) =>
      write(request, reply, 204, (ctx) =>
        service.remove(ctx, request.params.id, requireIfMatch(request)).then(() => null),
      ),
  })

  return app
}

import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import { ZImportType, ZSavedMapping, ZSavedMappingCreate } from '@cr/shared/imports/import-job'
import { z } from 'zod'
import { notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { write } from '../../lib/write.ts'
import type { ImportMapping } from '@cr/db/client'

const tags = ['Imports']

const toDto = (row: ImportMapping): z.infer<typeof ZSavedMapping> => ({
  id: row.id,
  type: row.type as z.infer<typeof ZImportType>,
  name: row.name,
  mapping: row.mapping as Record<string, string | null>,
  createdAt: row.createdAt.toISOString(),
})

/**
 * /api/v1/import-mappings — a user's saved column mappings (by header text), so next month's
 * ledger with the same odd headers maps in one click. Private to the user who saved them.
 */
export const importMappingsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'listImportMappings',
      tags,
      summary: 'Your saved column mappings for a ledger type',
      querystring: z.object({ type: ZImportType }),
      response: { 200: z.object({ items: z.array(ZSavedMapping) }) },
    },
    handler: async (request) => ({
      items: (
        await app.db.prisma.importMapping.findMany({
          where: { createdById: request.actor!.id, type: request.query.type },
          orderBy: { name: 'asc' },
        })
      ).map(toDto),
    }),
  })

  app.post('/', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'saveImportMapping',
      tags,
      summary: 'Save a column mapping under a name (the same name replaces it)',
      body: ZSavedMappingCreate,
      response: { 201: ZSavedMapping },
    },
    handler: (request, reply) =>
      write(request, reply, 201, async (ctx) => {
        const { type, name, mapping } = request.body
        const createdById = ctx.actor.id
        const where = { createdById_type_name: { createdById, type, name } }
        const existed = await ctx.tx.importMapping.findUnique({ where })
        const row = await ctx.tx.importMapping.upsert({
          where,
          create: { id: newId(), type, name, mapping, createdById },
          update: { mapping },
        })
        await ctx.audit({
          action: existed ? 'update' : 'create',
          entityType: 'import_mapping',
          entityId: row.id,
          before: existed ? { mapping: existed.mapping } : null,
          after: { type, name, mapping },
        })
        return toDto(row)
      }),
  })

  app.delete('/:id', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'deleteImportMapping',
      tags,
      summary: 'Delete one of your saved mappings',
      params: ZIdParams,
      response: { 204: z.null().describe('Deleted') },
    },
    handler: (request, reply) =>
      write(request, reply, 204, async (ctx) => {
        const deleted = await ctx.tx.importMapping.deleteMany({
          where: { id: request.params.id, createdById: ctx.actor.id },
        })
        if (deleted.count === 0) throw notFound()
        await ctx.audit({
          action: 'delete',
          entityType: 'import_mapping',
          entityId: request.params.id,
        })
        return null
      }),
  })
}

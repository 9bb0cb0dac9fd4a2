import multipart from '@fastify/multipart'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { TPermission } from '@cr/shared/auth/roles'
import { ZId, ZIdParams } from '@cr/shared/common/record'
import {
  ZPatrolCheckpointVisitCreate,
  ZPatrolIncidentInput,
  ZPatrolLog,
  ZPatrolLogCreate,
  ZPatrolLogEnd,
  ZPatrolLogListQuery,
  ZPatrolLogPage,
  ZPatrolLogUpdate,
  ZPatrolQuestioningInput,
} from '@cr/shared/patrol/patrol-log'
import { z } from 'zod'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { write, type TWriteContext } from '../../lib/write.ts'
import { patrolTag as tag } from './patrol-tag.ts'
import * as logs from './patrol-logs.service.ts'
import { patrolLogExportColumns } from './patrol-logs.export.ts'
import * as steps from './patrol-log-steps.service.ts'
import { maxPhotoBytes, readPhoto, readStoredPhoto, storePhoto } from './patrol-photos.ts'

/** Recording (the phone's and the office's): `patrol:record`, within the caller's own teams. */
const record = { permission: 'patrol:record' as TPermission, teamScope: 'own' as const }

/**
 * /api/v1/patrol-logs — 巡逻记录 with findings, 盘查, checkpoint scans and photos; the register
 * as .xlsx. Creating and the phone's steps need `patrol:record` (field roles have it); changing
 * and removing a log are the office's (`patrol:write`). Every route keeps a field role's
 * account to its own teams (`teamScope: 'own'`).
 */
export const patrolLogsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  await app.register(multipart, {
    limits: { fileSize: maxPhotoBytes, files: 1, fields: 2, fieldSize: 1024, parts: 3 },
  })
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'PatrolLog', plural: 'PatrolLogs' },
    labels: { singular: 'patrol log (巡逻记录)', plural: 'patrol logs' },
    permissions: { read: 'patrol:read', write: 'patrol:write', create: 'patrol:record' },
    teamScope: 'own',
    schemas: {
      record: ZPatrolLog,
      create: ZPatrolLogCreate,
      update: ZPatrolLogUpdate,
      listQuery: ZPatrolLogListQuery,
      page: ZPatrolLogPage,
    },
    service: {
      list: logs.listPatrolLogs,
      get: logs.getPatrolLog,
      create: logs.createPatrolLog,
      update: logs.updatePatrolLog,
      remove: logs.deletePatrolLog,
    },
    exportAs: {
      entityType: 'patrol_log',
      fileName: '巡逻登记簿',
      what: 'the patrol register (巡逻登记簿; no ID numbers)',
      columns: patrolLogExportColumns,
      audited: ({ committeeId, ...filters }) => ({
        committeeId: committeeId ?? null,
        after: { filters },
      }),
    },
  })

  const step = <S extends z.ZodType>(
    verb: string,
    operationId: string,
    summary: string,
    body: S,
    run: (ctx: TWriteContext, id: string, input: z.output<S>) => Promise<unknown>,
  ) =>
    app.post(`/:id/${verb}`, {
      config: record,
      schema: {
        operationId,
        tags: [tag],
        summary: `${summary} (no If-Match: the phone's queue appends; answers the whole log)`,
        params: ZIdParams,
        body,
        response: { 200: ZPatrolLog },
      },
      handler: (request, reply) =>
        write(request, reply, 200, (ctx) =>
          run(ctx, request.params.id, request.body as z.output<S>),
        ),
    })
  step(
    'visits',
    'addPatrolCheckpointVisit',
    'A checkpoint scanned (on the log’s route; a repeated scan is kept and scored as repeated)',
    ZPatrolCheckpointVisitCreate,
    steps.addVisit,
  )
  step(
    'incidents',
    'addPatrolIncident',
    '发现情况: an incident',
    ZPatrolIncidentInput,
    steps.addIncident,
  )
  step(
    'questionings',
    'addPatrolQuestioning',
    '盘查',
    ZPatrolQuestioningInput,
    steps.addQuestioning,
  )
  step(
    'end',
    'endPatrolLog',
    '结束巡逻: the end and the handover note (409 patrol_log_ended the second time)',
    ZPatrolLogEnd,
    steps.endLog,
  )

  app.post('/:id/photos', {
    config: record,
    bodyLimit: maxPhotoBytes + 64 * 1024,
    schema: {
      operationId: 'uploadPatrolPhoto',
      tags: [tag],
      summary:
        'A finding’s photo: multipart, one `file` part (JPEG, PNG or WebP by its bytes, ≤ 5 MB)',
      description:
        'Kept encrypted, for the log’s committee; a finding names it by the id answered. 413 over 5 MB.',
      consumes: ['multipart/form-data'],
      params: ZIdParams,
      response: { 201: z.object({ id: ZId }).meta({ id: 'PatrolPhotoUploaded' }) },
    },
    handler: async (request, reply) => {
      const photo = await readPhoto(request)
      return write(request, reply, 201, (ctx) => storePhoto(ctx, request.params.id, photo))
    },
  })

  app.get('/:id/photos/:photoId', {
    config: { permission: 'patrol:read', teamScope: 'own' },
    schema: {
      operationId: 'getPatrolPhoto',
      tags: [tag],
      summary: 'A photo of a finding: the image bytes (Cache-Control: private)',
      params: z.object({ id: ZId, photoId: ZId }),
      produces: ['image/jpeg', 'image/png', 'image/webp'],
      response: { 200: z.string().describe('The image') },
    },
    handler: async (request, reply) => {
      const photo = await readStoredPhoto(
        app.db.prisma,
        app.cipher,
        request.actor!,
        request.params.id,
        request.params.photoId,
      )
      // The bytes as they are (the schema's string is for OpenAPI; a Buffer is sent unserialised).
      return (reply as FastifyReply)
        .header('content-type', photo.contentType)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(photo.bytes)
    },
  })
}

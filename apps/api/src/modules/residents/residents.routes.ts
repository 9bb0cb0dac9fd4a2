import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZResident,
  ZResidentCreate,
  ZResidentListQuery,
  ZResidentPage,
  ZResidentExportQuery,
  ZResidentSearch,
  ZResidentTagging,
  ZResidentTaggingResult,
  ZResidentUpdate,
  ZRevealRequest,
  ZRevealResponse,
} from '@cr/shared/residents/resident'
import { ZLifeEventCreate, ZLifeEventList } from '@cr/shared/residents/life-event'
import { z } from 'zod'
import { AppError } from '../../lib/errors.ts'
import { requireIfMatch, setEtag } from '../../lib/etag.ts'
import { registerExportRoute } from '../../lib/export-route.ts'
import { write } from '../../lib/write.ts'
import { exportResidents, residentExportColumns } from './residents.export.ts'
import { maskedSearch, withPhoneIndex } from './resident-search.ts'
import { listLifeEvents, recordLifeEvent } from './life-events.ts'
import * as residents from './residents.service.ts'

const tags = ['Residents']

/** /api/v1/residents — people (实有人口), with ID numbers masked unless revealed. */
export const residentsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'listResidents',
      tags,
      summary: 'List residents in scope, with filters and search',
      querystring: ZResidentListQuery,
      response: { 200: ZResidentPage },
    },
    handler: (request) =>
      residents.listResidents(
        app.db.pool,
        request.actor!,
        withPhoneIndex(request.query, app.cipher.blindIndexes),
        app.today(),
      ),
  })

  registerExportRoute(base, {
    operationId: 'exportResidents',
    tag: 'Residents',
    what: 'resident list (masked unless revealed)',
    permission: 'registry:read',
    listQuery: ZResidentListQuery,
    query: ZResidentExportQuery,
    entityType: 'resident',
    fileName: '居民名单',
    columns: residentExportColumns,
    selection: {
      record: ZResident,
      operationIds: { export: 'exportSelectedResidents', read: 'readSelectedResidents' },
    },
    // The residents' read model on the raw pool, in larger pages; full numbers only with
    // `resident:reveal` (the export itself is audited, revealed or not).
    rows: (request, { reveal, ...filters }) => {
      const actor = request.actor!
      if (reveal && !actor.permissions.has('resident:reveal')) throw new AppError('forbidden', 403)
      return exportResidents(
        app.db.pool,
        actor,
        withPhoneIndex({ ...filters, limit: 500 }, app.cipher.blindIndexes),
        reveal ? app.cipher : null,
        app.today(),
      )
    },
    // A phone typed into q is kept masked, as phones are everywhere they rest.
    audited: ({ reveal, ...filters }) => ({
      committeeId: filters.committeeId ?? null,
      after: { reveal: !!reveal, filters: { ...filters, q: maskedSearch(filters.q) } },
    }),
  })

  app.post('/search', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'searchResidentsByIdNumber',
      tags,
      summary: 'Find a resident by full ID number (in the body, never in a URL)',
      body: ZResidentSearch,
      response: { 200: ZResidentPage },
    },
    handler: (request) =>
      residents.searchByIdNumber(
        app.db.pool,
        app.cipher,
        request.actor!,
        request.body.idNumber,
        app.today(),
      ),
  })

  app.post('/', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'createResident',
      tags,
      summary: 'Register a resident',
      body: ZResidentCreate,
      response: { 201: ZResident },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => residents.createResident(ctx, request.body)),
  })

  app.post('/tags', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'tagResidents',
      tags,
      summary: 'Add and remove tags of selected residents (批量打标签), each change audited',
      body: ZResidentTagging,
      response: { 200: ZResidentTaggingResult },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => residents.tagResidents(ctx, request.body)),
  })

  app.get('/:id', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'getResident',
      tags,
      summary: 'Get one resident',
      params: ZIdParams,
      response: { 200: ZResident },
    },
    handler: async (request, reply) => {
      const resident = await residents.getResident(
        app.db.pool,
        request.actor!,
        request.params.id,
        app.today(),
      )
      setEtag(reply, resident)
      return resident
    },
  })

  app.patch('/:id', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'updateResident',
      tags,
      summary: 'Change a resident (needs If-Match)',
      params: ZIdParams,
      body: ZResidentUpdate,
      response: { 200: ZResident },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        residents.updateResident(ctx, request.params.id, requireIfMatch(request), request.body),
      ),
  })

  app.delete('/:id', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'deleteResident',
      tags,
      summary: 'Remove a resident who is in no household (soft delete, needs If-Match)',
      params: ZIdParams,
      response: { 204: z.null() },
    },
    handler: (request, reply) =>
      write(request, reply, 204, (ctx) =>
        residents.deleteResident(ctx, request.params.id, requireIfMatch(request)).then(() => null),
      ),
  })

  app.post('/:id/reveal', {
    config: { permission: 'resident:reveal' },
    schema: {
      operationId: 'revealResident',
      tags,
      summary: 'Show a full ID number or phone, for a stated reason (audited)',
      params: ZIdParams,
      body: ZRevealRequest,
      response: { 200: ZRevealResponse },
    },
    // Not replayable from the idempotency table: the revealed value must not be stored there.
    handler: (request, reply) =>
      write(
        request,
        reply,
        200,
        (ctx) => residents.revealResident(ctx, request.params.id, request.body),
        {
          storedForReplay: (answer) => ({ ...answer, value: null }),
        },
      ),
  })

  app.post('/:id/life-events', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'recordResidentLifeEvent',
      tags,
      summary:
        'Record a life event (迁出, 死亡, 失踪, 入伍, 服刑, 返回, 更正): changes the status, ends the current household membership when the person leaves (audited)',
      params: ZIdParams,
      body: ZLifeEventCreate,
      response: { 200: ZResident },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => recordLifeEvent(ctx, request.params.id, request.body)),
  })

  app.get('/:id/life-events', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'listResidentLifeEvents',
      tags,
      summary: "A resident's life events, newest first, with the household each one left",
      params: ZIdParams,
      response: { 200: ZLifeEventList },
    },
    handler: (request) =>
      listLifeEvents(app.db.prisma, request.actor!, request.params.id, app.today()),
  })
}

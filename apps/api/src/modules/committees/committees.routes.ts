import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZCommittee,
  ZCommitteeCreate,
  ZCommitteeListQuery,
  ZCommitteePage,
  ZCommitteeUpdate,
} from '@cr/shared/committees/committee'
import { ZIdParams } from '@cr/shared/common/record'
import { z } from 'zod'
import { requireIfMatch, setEtag } from '../../lib/etag.ts'
import { write } from '../../lib/write.ts'
import * as committees from './committees.service.ts'

const tags = ['Committees']

/** /api/v1/committees — residents' committees (居委会). */
export const committeesRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'committee:read' },
    schema: {
      operationId: 'listCommittees',
      tags,
      summary: 'List committees in the caller’s scope',
      querystring: ZCommitteeListQuery,
      response: { 200: ZCommitteePage },
    },
    handler: (request) => committees.listCommittees(app.db.prisma, request.actor!, request.query),
  })

  app.post('/', {
    config: { permission: 'committee:write' },
    schema: {
      operationId: 'createCommittee',
      tags,
      summary: 'Create a committee',
      body: ZCommitteeCreate,
      response: { 201: ZCommittee },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => committees.createCommittee(ctx, request.body)),
  })

  app.get('/:id', {
    config: { permission: 'committee:read' },
    schema: {
      operationId: 'getCommittee',
      tags,
      summary: 'Get one committee (ETag = version)',
      params: ZIdParams,
      response: { 200: ZCommittee },
    },
    handler: async (request, reply) => {
      const committee = await committees.getCommittee(
        app.db.prisma,
        request.actor!,
        request.params.id,
      )
      setEtag(reply, committee)
      return committee
    },
  })

  app.patch('/:id', {
    config: { permission: 'committee:write' },
    schema: {
      operationId: 'updateCommittee',
      tags,
      summary: 'Change a committee (needs If-Match)',
      params: ZIdParams,
      body: ZCommitteeUpdate,
      response: { 200: ZCommittee },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        committees.updateCommittee(ctx, request.params.id, requireIfMatch(request), request.body),
      ),
  })

  app.delete('/:id', {
    config: { permission: 'committee:write' },
    schema: {
      operationId: 'deleteCommittee',
      tags,
      summary: 'Remove a committee (soft delete, needs If-Match)',
      params: ZIdParams,
      response: { 204: z.null() },
    },
    handler: (request, reply) =>
      write(request, reply, 204, (ctx) =>
        committees
          .deleteCommittee(ctx, request.params.id, requireIfMatch(request))
          .then(() => null),
      ),
  })

  app.post('/:id/restore', {
    config: { permission: 'record:restore' },
    schema: {
      operationId: 'restoreCommittee',
      tags,
      summary: 'Undo the removal of a committee',
      params: ZIdParams,
      response: { 200: ZCommittee },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => committees.restoreCommittee(ctx, request.params.id)),
  })
}

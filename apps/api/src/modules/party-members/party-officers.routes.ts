import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import { ZPartyOfficer, ZPartyOfficerCreate } from '@cr/shared/party/party-officer'
import { ZDate } from '@cr/shared/common/record'
import { z } from 'zod'
import { write } from '../../lib/write.ts'
import { appointOfficer, endOfficerTerm, listOfficers } from './party-officers.ts'

const tags = ['Party']

/** /api/v1/party-organizations/:id/officers and /api/v1/party-officers — 支委 and their terms. */
export const partyOfficersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const officers = z.object({ items: z.array(ZPartyOfficer) })
  app.get('/party-organizations/:id/officers', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'listPartyOfficers',
      tags,
      summary: 'The posts of an organisation (支委, group leader), current and past',
      params: ZIdParams,
      response: { 200: officers },
    },
    handler: (request) =>
      listOfficers(app.db.prisma, request.actor!, request.params.id, app.today()),
  })
  app.post('/party-organizations/:id/officers', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'appointPartyOfficer',
      tags,
      summary: 'Appoint a member of the organisation to a post for a term',
      params: ZIdParams,
      body: ZPartyOfficerCreate,
      response: { 201: officers },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => appointOfficer(ctx, request.params.id, request.body)),
  })
  app.post('/party-officers/:id/end', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'endPartyOfficerTerm',
      tags,
      summary: 'End a term of office (换届, resignation)',
      params: ZIdParams,
      body: z.object({ on: ZDate }),
      response: { 200: officers },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => endOfficerTerm(ctx, request.params.id, request.body.on)),
  })
}

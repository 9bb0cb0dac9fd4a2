import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZComplianceQuery,
  ZMeetingCompliance,
  ZPartyMeeting,
  ZPartyMeetingCreate,
  ZPartyMeetingListQuery,
  ZPartyMeetingPage,
} from '@cr/shared/party/party-meeting'
import { registerExportRoute } from '../../lib/export-route.ts'
import { write } from '../../lib/write.ts'
import { meetingExportColumns } from './party-meetings.export.ts'
import * as meetings from './party-meetings.service.ts'

const tags = ['Party']

/** /api/v1/party-meetings — organisational life (三会一课) and each branch's compliance. */
export const partyMeetingsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/compliance', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyMeetingCompliance',
      tags,
      summary: 'Required vs held meetings of one organisation in a quarter or year',
      querystring: ZComplianceQuery,
      response: { 200: ZMeetingCompliance },
    },
    handler: (request) =>
      meetings.complianceOf(
        app.db.prisma,
        request.actor!,
        request.query.organizationId,
        request.query.period,
        app.today(),
      ),
  })

  app.get('/', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'listPartyMeetings',
      tags,
      summary: 'Meetings, newest first, of an organisation and everything under it',
      querystring: ZPartyMeetingListQuery,
      response: { 200: ZPartyMeetingPage },
    },
    handler: (request) => meetings.listMeetings(app.db.prisma, request.actor!, request.query),
  })

  registerExportRoute(base, {
    operationId: 'exportPartyMeetings',
    tag: 'Party',
    what: 'meetings (会议记录), with attendance and absences',
    permission: 'party:read',
    listQuery: ZPartyMeetingListQuery,
    entityType: 'party_meeting',
    fileName: '会议记录',
    columns: meetingExportColumns,
    list: meetings.listMeetings,
  })

  app.get('/:id', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'getPartyMeeting',
      tags,
      summary: 'One meeting with its attendance',
      params: ZIdParams,
      response: { 200: ZPartyMeeting },
    },
    handler: (request) => meetings.getMeeting(app.db.prisma, request.actor!, request.params.id),
  })

  app.post('/', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'createPartyMeeting',
      tags,
      summary: 'Record a meeting held, with who attended and who was absent (and why)',
      body: ZPartyMeetingCreate,
      response: { 201: ZPartyMeeting },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => meetings.createMeeting(ctx, request.body)),
  })
}

import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZPatrolCheckpointParams,
  ZPatrolQrSheet,
  ZPatrolRoute,
  ZPatrolRouteCreate,
  ZPatrolRouteListQuery,
  ZPatrolRoutePage,
  ZPatrolRouteUpdate,
} from '@cr/shared/patrol/patrol-route'
import {
  ZPatrolMemberJoin,
  ZPatrolMemberLeave,
  ZPatrolMemberParams,
  ZPatrolTeam,
  ZPatrolTeamCreate,
  ZPatrolTeamListQuery,
  ZPatrolTeamPage,
  ZPatrolTeamUpdate,
} from '@cr/shared/patrol/patrol-team'
import { ZEmpty, ZIdParams } from '@cr/shared/common/record'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { requireIfMatch } from '../../lib/etag.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import { write } from '../../lib/write.ts'
import { patrolTag as tag } from './patrol-tag.ts'
import * as routes from './patrol-routes.service.ts'
import * as teams from './patrol-teams.service.ts'

/** /api/v1/patrol-teams — 巡逻队 and 楼长巡逻组 with their members over time. */
export const patrolTeamsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'PatrolTeam', plural: 'PatrolTeams' },
    labels: { singular: 'patrol team or building leaders’ group', plural: 'patrol teams' },
    permissions: { read: 'patrol:read', write: 'patrol:write' },
    teamScope: 'own',
    schemas: {
      record: ZPatrolTeam,
      create: ZPatrolTeamCreate,
      update: ZPatrolTeamUpdate,
      listQuery: ZPatrolTeamListQuery,
      page: ZPatrolTeamPage,
    },
    service: {
      list: teams.listPatrolTeams,
      get: teams.getPatrolTeam,
      create: teams.createPatrolTeam,
      update: teams.updatePatrolTeam,
      remove: teams.deletePatrolTeam,
    },
  })
  registerStepRoute(base, {
    tag,
    permission: 'patrol:write',
    response: ZPatrolTeam,
    verb: 'members',
    operationId: 'joinPatrolTeam',
    summary:
      '入队: a resident or a staff account joins (409: already a member, a second leader, a fourth member of a building group)',
    body: ZPatrolMemberJoin,
    run: teams.joinPatrolTeam,
  })
  app.post('/:id/members/:memberId/leave', {
    config: { permission: 'patrol:write' },
    schema: {
      operationId: 'leavePatrolTeam',
      tags: [tag],
      summary: '离队: a member leaves on a day; the row stays as history (needs If-Match)',
      params: ZPatrolMemberParams,
      body: ZPatrolMemberLeave,
      response: { 200: ZPatrolTeam },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        teams.leavePatrolTeam(
          ctx,
          request.params.id,
          request.params.memberId,
          requireIfMatch(request),
          request.body,
        ),
      ),
  })
}

/** /api/v1/patrol-routes — routes with their ordered checkpoints and the QR sheet. */
export const patrolRoutesRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'PatrolRoute', plural: 'PatrolRoutes' },
    labels: { singular: 'patrol route', plural: 'patrol routes' },
    permissions: { read: 'patrol:read', write: 'patrol:write' },
    // The phone shows the route's checkpoints: shared by the committee's teams.
    teamScope: 'committee',
    schemas: {
      record: ZPatrolRoute,
      create: ZPatrolRouteCreate,
      update: ZPatrolRouteUpdate,
      listQuery: ZPatrolRouteListQuery,
      page: ZPatrolRoutePage,
    },
    service: {
      list: routes.listPatrolRoutes,
      get: routes.getPatrolRoute,
      create: routes.createPatrolRoute,
      update: routes.updatePatrolRoute,
      remove: routes.deletePatrolRoute,
    },
  })
  app.get('/:id/qr-sheet', {
    config: { permission: 'patrol:read' },
    schema: {
      operationId: 'getPatrolQrSheet',
      tags: [tag],
      summary:
        'The QR sheet to print: per checkpoint the payload cr-patrol:v1:<checkpointId>:<token>',
      params: ZIdParams,
      response: { 200: ZPatrolQrSheet },
    },
    handler: (request) => routes.patrolQrSheet(app.db.prisma, request.actor!, request.params.id),
  })
  app.post('/:id/checkpoints/:checkpointId/regenerate-qr', {
    config: { permission: 'patrol:write' },
    schema: {
      operationId: 'regeneratePatrolCheckpointQr',
      tags: [tag],
      summary:
        'A new QR token for a checkpoint; its old printed code stops matching (needs If-Match)',
      params: ZPatrolCheckpointParams,
      body: ZEmpty,
      response: { 200: ZPatrolRoute },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        routes.regenerateCheckpointQr(
          ctx,
          request.params.id,
          request.params.checkpointId,
          requireIfMatch(request),
        ),
      ),
  })
}

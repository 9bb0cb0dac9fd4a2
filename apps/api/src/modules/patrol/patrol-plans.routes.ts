import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  ZPatrolPlan,
  ZPatrolPlanCreate,
  ZPatrolPlanListQuery,
  ZPatrolPlanPage,
  ZPatrolPlanUpdate,
  ZPatrolRoster,
  ZPatrolRosterQuery,
  ZPatrolToday,
  ZRosterEditCreate,
  ZRosterEditCreated,
  ZRosterEditParams,
} from '@cr/shared/patrol/patrol-plan'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { write } from '../../lib/write.ts'
import { patrolTag as tag } from './patrol-tag.ts'
import * as plans from './patrol-plans.service.ts'
import * as roster from './patrol-roster.service.ts'

/** /api/v1/patrol-plans — 巡逻计划, the month's roster (排班表) and the office's edits on it. */
export const patrolPlansRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/roster', {
    // 楼长 and 巡逻队员 see their own teams' nights (the service keeps to them).
    config: { permission: 'patrol:read', teamScope: 'own' },
    schema: {
      operationId: 'getPatrolRoster',
      tags: [tag],
      summary: 'The month’s roster from the live plans with the office’s edits applied',
      querystring: ZPatrolRosterQuery,
      response: { 200: ZPatrolRoster },
    },
    handler: (request) =>
      roster.patrolRoster(app.db.prisma, request.actor!, app.today(), request.query),
  })
  app.get('/today', {
    // The caller's own teams by construction (the service reads its memberships).
    config: { permission: 'patrol:read', teamScope: 'own' },
    schema: {
      operationId: 'getPatrolToday',
      tags: [tag],
      summary:
        '今日班次: the current service date’s entries for the caller’s own teams (01:30 is the night before)',
      response: { 200: ZPatrolToday },
    },
    handler: (request) => roster.patrolToday(app.db.prisma, request.actor!, app.clock()),
  })
  app.post('/roster-edits', {
    config: { permission: 'patrol:write' },
    schema: {
      operationId: 'createPatrolRosterEdit',
      tags: [tag],
      summary: '换班, 顶班, 请假 or 取消 on a roster entry (its plan must run that day)',
      body: ZRosterEditCreate,
      response: { 201: ZRosterEditCreated },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => roster.createRosterEdit(ctx, request.body)),
  })
  app.delete('/roster-edits/:editId', {
    config: { permission: 'patrol:write' },
    schema: {
      operationId: 'undoPatrolRosterEdit',
      tags: [tag],
      summary: 'Undo a roster edit (soft delete): the roster is regenerated without it',
      params: ZRosterEditParams,
      response: { 204: z.null() },
    },
    handler: (request, reply) =>
      write(request, reply, 204, (ctx) => roster.undoRosterEdit(ctx, request.params.editId)),
  })
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'PatrolPlan', plural: 'PatrolPlans' },
    labels: { singular: 'patrol plan', plural: 'patrol plans' },
    permissions: { read: 'patrol:read', write: 'patrol:write' },
    schemas: {
      record: ZPatrolPlan,
      create: ZPatrolPlanCreate,
      update: ZPatrolPlanUpdate,
      listQuery: ZPatrolPlanListQuery,
      page: ZPatrolPlanPage,
    },
    service: {
      list: plans.listPatrolPlans,
      get: plans.getPatrolPlan,
      create: plans.createPatrolPlan,
      update: plans.updatePatrolPlan,
      remove: plans.deletePatrolPlan,
    },
  })
}

import type { FastifyPluginAsync } from 'fastify'
import {
  ZPatrolFollowUp,
  ZPatrolFollowUpClose,
  ZPatrolFollowUpCreate,
  ZPatrolFollowUpListQuery,
  ZPatrolFollowUpPage,
  ZPatrolFollowUpUpdate,
} from '@cr/shared/patrol/patrol-follow-up'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import * as followUps from './patrol-follow-ups.service.ts'
import { patrolTag as tag } from './patrol-tag.ts'

/** /api/v1/patrol-follow-ups — 跟进事项: a patrol finding's task with an owner and a due date. */
export const patrolFollowUpsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'PatrolFollowUp', plural: 'PatrolFollowUps' },
    labels: { singular: 'patrol follow-up', plural: 'patrol follow-ups' },
    permissions: { read: 'patrol:read', write: 'patrol:write' },
    // 楼长 and 巡逻队员 read their own teams' follow-ups; writing is the office's.
    teamScope: 'own',
    schemas: {
      record: ZPatrolFollowUp,
      create: ZPatrolFollowUpCreate,
      update: ZPatrolFollowUpUpdate,
      listQuery: ZPatrolFollowUpListQuery,
      page: ZPatrolFollowUpPage,
    },
    service: {
      list: (db, actor, query) => followUps.listPatrolFollowUps(db, actor, query, base.today()),
      get: (db, actor, id) => followUps.getPatrolFollowUp(db, actor, id, base.today()),
      create: followUps.createPatrolFollowUp,
      update: followUps.updatePatrolFollowUp,
      remove: followUps.deletePatrolFollowUp,
    },
  })
  registerStepRoute(base, {
    tag,
    permission: 'patrol:write',
    response: ZPatrolFollowUp,
    verb: 'close',
    operationId: 'closePatrolFollowUp',
    summary:
      '办结: closed on a day with what was done (400 before it was opened; 409 closed already)',
    body: ZPatrolFollowUpClose,
    run: followUps.closePatrolFollowUp,
  })
}

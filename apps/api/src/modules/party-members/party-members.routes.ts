import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZConfirmMembership,
  ZDuesBatchPayment,
  ZDuesBatchResult,
  ZDuesPaymentCreate,
  ZExtendProbation,
  ZPartyMember,
  ZPartyMemberCreate,
  ZPartyMemberEvent,
  ZPartyMemberListQuery,
  ZPartyMemberPage,
  ZPartyMemberStats,
  ZPartyMemberUpdate,
  ZPartyTransfer,
  ZFlowOut,
  ZFlowReturn,
  ZMemberLeave,
  ZPartyFlow,
  ZPartyEvaluation,
  ZPartyEvaluationCreate,
  ZTransferIn,
  ZTransferOut,
} from '@cr/shared/party/party-member'
import { z } from 'zod'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { registerStepRoute, type TStepRoute } from '../../lib/step-route.ts'
import { write } from '../../lib/write.ts'
import * as steps from './party-member-actions.ts'
import * as evaluations from './party-evaluations.ts'
import * as transfers from './party-transfers.ts'
import { memberHistory } from './party-member-events.ts'
import * as members from './party-members.service.ts'
import { memberStats } from './party-stats.ts'
import { memberExportColumns } from './party-members.export.ts'
import { flowOut, flowReturn, memberFlows } from './party-flows.ts'

const tags = ['Party']

/** /api/v1/party-members — the roster, and life-cycle steps as `POST /:id/<step>`. */
export const partyMembersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  // Before the CRUD routes' `/:id`.
  app.get('/stats', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyMemberStats',
      tags,
      summary: 'Active members by status, category and branch',
      querystring: z.object({ organizationId: z.uuid().optional() }),
      response: { 200: ZPartyMemberStats },
    },
    handler: (request) => memberStats(app.db.prisma, request.actor!, request.query.organizationId),
  })

  app.post('/dues-payments', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'payPartyDuesBatch',
      tags,
      summary: 'Record the same month’s dues for selected members (批量登记党费), all or none',
      description:
        'Each member pays at the standard in force for them, each payment audited as one ' +
        'member’s would be. A member outside the caller’s branches makes the whole batch 404; ' +
        'one who cannot pay for the months refuses it at `memberIds.<n>`.',
      body: ZDuesBatchPayment,
      response: { 201: ZDuesBatchResult },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => steps.payDuesBatch(ctx, request.body)),
  })

  registerCrudRoutes(base, {
    tag: 'Party',
    names: { singular: 'PartyMember', plural: 'PartyMembers' },
    labels: { singular: 'party member', plural: 'party members' },
    permissions: { read: 'party:read', write: 'party:write' },
    schemas: {
      record: ZPartyMember,
      create: ZPartyMemberCreate,
      update: ZPartyMemberUpdate,
      listQuery: ZPartyMemberListQuery,
      page: ZPartyMemberPage,
    },
    exportAs: {
      entityType: 'party_member',
      fileName: '党员花名册',
      columns: memberExportColumns,
      what: 'roster (党员花名册; identifiers masked)',
      selectable: true,
    },
    service: {
      list: (db, actor, query) => members.listMembers(db, actor, query, app.today()),
      get: (db, actor, id) => members.getMember(db, actor, id, app.today()),
      create: members.createMember,
      update: members.updateMember,
      remove: members.deleteMember,
    },
  })

  app.get('/:id/flows', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyMemberFlows',
      tags,
      summary: '流动党员: the member’s times away',
      params: ZIdParams,
      response: { 200: z.object({ items: z.array(ZPartyFlow) }) },
    },
    handler: (request) =>
      memberFlows(app.db.prisma, request.actor!, request.params.id, app.today()),
  })

  app.post('/:id/flow-out', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'partyMemberFlowsOut',
      tags,
      summary: '流动党员外出: destination, reason, the 活动证 number, since when',
      params: ZIdParams,
      body: ZFlowOut,
      response: { 201: ZPartyFlow },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => flowOut(ctx, request.params.id, request.body)),
  })

  app.get('/:id/history', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyMemberHistory',
      tags,
      summary: 'Every step of the member’s life cycle, dated',
      params: ZIdParams,
      response: { 200: z.object({ items: z.array(ZPartyMemberEvent) }) },
    },
    handler: async (request) => {
      await members.getMember(app.db.prisma, request.actor!, request.params.id, app.today())
      return memberHistory(app.db.prisma, request.params.id)
    },
  })

  const step = <S extends z.ZodType>(
    verb: string,
    operationId: string,
    summary: string,
    body: S,
    run: TStepRoute<S>['run'],
    response: z.ZodType = ZPartyMember,
  ) =>
    registerStepRoute(base, {
      verb,
      operationId,
      tag: tags[0]!,
      summary,
      permission: 'party:write',
      body,
      response,
      run,
    })

  app.post('/transfer-in', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'transferPartyMemberIn',
      tags,
      summary: '组织关系转入: add a member arriving with a letter',
      body: ZTransferIn,
      response: { 201: ZPartyMember },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => transfers.transferIn(ctx, request.body)),
  })

  step(
    'confirm',
    'confirmPartyMembership',
    '按期转正: full membership',
    ZConfirmMembership,
    steps.confirmMembership,
  )
  step(
    'extend-probation',
    'extendPartyProbation',
    '延长预备期 (once, 6–12 months)',
    ZExtendProbation,
    steps.extendMemberProbation,
  )
  step(
    'transfer-out',
    'transferPartyMemberOut',
    '组织关系转出: issue the letter',
    ZTransferOut,
    transfers.transferOut,
    ZPartyTransfer,
  )

  step('leave', 'partyMemberLeaves', '出党, death or expulsion', ZMemberLeave, steps.leaveRoll)

  app.get('/:id/evaluations', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyMemberEvaluations',
      tags,
      summary: 'The member’s 民主评议 grades and titles, by year',
      params: ZIdParams,
      response: { 200: z.object({ items: z.array(ZPartyEvaluation) }) },
    },
    handler: (request) =>
      evaluations.memberEvaluations(app.db.prisma, request.actor!, request.params.id, app.today()),
  })

  app.post('/:id/evaluations', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'evaluatePartyMember',
      tags,
      summary:
        '民主评议: the grade for a year (优秀 for at most a third of the branch), and a title',
      params: ZIdParams,
      body: ZPartyEvaluationCreate,
      response: { 201: ZPartyEvaluation },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) =>
        evaluations.evaluateMember(ctx, request.params.id, request.body),
      ),
  })

  app.post('/:id/dues-payments', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'payPartyDues',
      tags,
      summary: 'Record one month’s dues (back-payments: the six most recent unpaid months)',
      params: ZIdParams,
      body: ZDuesPaymentCreate,
      response: { 201: ZPartyMember },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => steps.payDues(ctx, request.params.id, request.body)),
  })
}

/** /api/v1/party-flows — a floating member comes back. */
export const partyFlowsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.post('/:id/return', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'partyFlowReturn',
      tags,
      summary: '流动党员返回: the member is back',
      params: ZIdParams,
      body: ZFlowReturn,
      response: { 200: ZPartyFlow },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => flowReturn(ctx, request.params.id, request.body)),
  })
}

import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZAssistanceApprove,
  ZAssistanceCase,
  ZAssistanceCaseCreate,
  ZAssistanceCaseListQuery,
  ZAssistanceCasePage,
  ZAssistanceCaseUpdate,
  ZAssistanceFund,
  ZAssistanceFundDeposit,
  ZAssistanceFundQuery,
  ZAssistancePay,
  ZAssistanceRefuse,
} from '@cr/shared/subsidies/assistance-case'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import { write } from '../../lib/write.ts'
import * as steps from './assistance-case-steps.ts'
import { assistanceCaseExportColumns } from './assistance-cases.export.ts'
import * as cases from './assistance-cases.service.ts'
import { depositIntoFund, readAssistanceFund } from './assistance-fund.service.ts'
import { subsidiesTag as tag } from './subsidies-tag.ts'

/** /api/v1/assistance-cases — 临时救助: one-off cases, approved, paid from the petty fund. */
export const assistanceCasesRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'AssistanceCase', plural: 'AssistanceCases' },
    labels: {
      singular: 'temporary assistance case (临时救助)',
      plural: 'temporary assistance cases',
    },
    permissions: { read: 'subsidy:read', write: 'subsidy:write' },
    schemas: {
      record: ZAssistanceCase,
      create: ZAssistanceCaseCreate,
      update: ZAssistanceCaseUpdate,
      listQuery: ZAssistanceCaseListQuery,
      page: ZAssistanceCasePage,
    },
    exportAs: {
      entityType: 'assistance_case',
      fileName: '临时救助台账',
      columns: assistanceCaseExportColumns,
    },
    service: {
      list: (db, actor, query) => cases.listAssistanceCases(db, actor, query, base.today()),
      get: (db, actor, id) => cases.getAssistanceCase(db, actor, id, base.today()),
      create: cases.createAssistanceCase,
      update: cases.updateAssistanceCase,
      remove: cases.deleteAssistanceCase,
    },
  })
  const step = { tag, response: ZAssistanceCase }
  registerStepRoute(base, {
    ...step,
    verb: 'approve',
    operationId: 'approveAssistanceCase',
    summary: '审批 (supervisor): before paying, or after an urgent help to complete the paperwork',
    permission: 'subsidy:approve',
    body: ZAssistanceApprove,
    run: steps.approveAssistance,
  })
  registerStepRoute(base, {
    ...step,
    verb: 'pay',
    operationId: 'payAssistanceCase',
    summary: '发放 from the committee’s petty fund (409 when its balance is short)',
    permission: 'subsidy:write',
    body: ZAssistancePay,
    run: steps.payAssistance,
  })
  registerStepRoute(base, {
    ...step,
    verb: 'refuse',
    operationId: 'refuseAssistanceCase',
    summary: '不予救助 (supervisor), with the reason, before anything is paid',
    permission: 'subsidy:approve',
    body: ZAssistanceRefuse,
    run: steps.refuseAssistance,
  })
}

/**
 * /api/v1/assistance-fund — 临时救助备用金: each committee's balance in scope and the latest
 * entries; deposits (拨入) by supervisors. Payments are written by a case's pay step.
 */
export const assistanceFundRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'getAssistanceFund',
      tags: [tag],
      summary: 'The petty funds in scope: balances per committee and the latest 200 entries',
      querystring: ZAssistanceFundQuery,
      response: { 200: ZAssistanceFund },
    },
    handler: (request) => readAssistanceFund(app.db.prisma, request.actor!, request.query),
  })
  app.post('/deposits', {
    config: { permission: 'subsidy:approve' },
    schema: {
      operationId: 'depositIntoAssistanceFund',
      tags: [tag],
      summary: '拨入: money into a committee’s petty fund (supervisor)',
      body: ZAssistanceFundDeposit,
      response: { 201: ZAssistanceFund },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => depositIntoFund(ctx, request.body)),
  })
}

import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZSubsidyApprove,
  ZSubsidyCase,
  ZSubsidyCaseCreate,
  ZSubsidyCaseListQuery,
  ZSubsidyCasePage,
  ZSubsidyCaseUpdate,
  ZSubsidyDecision,
  ZSubsidyDeliberate,
  ZSubsidyInvestigate,
  ZSubsidyObject,
  ZSubsidyPublicize,
  ZSubsidyReportChange,
  ZSubsidyReview,
  ZSubsidyStreetReview,
} from '@cr/shared/subsidies/subsidy-case'
import { ZSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import { z } from 'zod'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import { write } from '../../lib/write.ts'
import { readStandards } from './subsidy-case-dto.ts'
import { subsidyCaseExportColumns } from './subsidy-cases.export.ts'
import * as steps from './subsidy-case-steps.ts'
import * as cases from './subsidy-cases.service.ts'
import { setSubsidyStandard } from './subsidy-standards.service.ts'
import { subsidiesTag as tag } from './subsidies-tag.ts'

/** /api/v1/subsidy-cases — 低保案件: a household's case, its steps as `POST /:id/<step>`. */
export const subsidyCasesRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'SubsidyCase', plural: 'SubsidyCases' },
    labels: { singular: 'subsidy case (低保)', plural: 'subsidy cases' },
    permissions: { read: 'subsidy:read', write: 'subsidy:write' },
    schemas: {
      record: ZSubsidyCase,
      create: ZSubsidyCaseCreate,
      update: ZSubsidyCaseUpdate,
      listQuery: ZSubsidyCaseListQuery,
      page: ZSubsidyCasePage,
    },
    exportAs: {
      entityType: 'subsidy_case',
      fileName: '低保花名册',
      columns: subsidyCaseExportColumns,
      audited: (filters) => ({ committeeId: filters.committeeId ?? null, after: { filters } }),
    },
    service: {
      list: (db, actor, query) => cases.listSubsidyCases(db, actor, query, base.today()),
      get: (db, actor, id) => cases.getSubsidyCase(db, actor, id, base.today()),
      create: cases.createSubsidyCase,
      update: cases.updateSubsidyCase,
      remove: cases.deleteSubsidyCase,
    },
  })
  const caseSteps = [
    [
      'investigate',
      'investigateSubsidyCase',
      '入户调查 (two or more investigators)',
      ZSubsidyInvestigate,
      steps.investigateCase,
    ],
    [
      'deliberate',
      'deliberateSubsidyCase',
      '民主评议: the vote, passed by the rule or recorded as failed',
      ZSubsidyDeliberate,
      steps.deliberateCase,
    ],
    [
      'publicize',
      'publicizeSubsidyCase',
      '公示: 7 days from the start day',
      ZSubsidyPublicize,
      steps.publicizeCase,
    ],
    [
      'object',
      'objectToSubsidyCase',
      'An objection during 公示: back to investigation',
      ZSubsidyObject,
      steps.objectToCase,
    ],
    [
      'street-review',
      'streetReviewSubsidyCase',
      '街道审核, once the 公示 is over',
      ZSubsidyStreetReview,
      steps.streetReviewCase,
    ],
    [
      'approve',
      'approveSubsidyCase',
      '审批: in payment from the approval’s month',
      ZSubsidyApprove,
      steps.approveCase,
    ],
    [
      'review',
      'reviewSubsidyCase',
      '复核: incomes re-recorded; continue, adjust or stop from a month',
      ZSubsidyReview,
      steps.reviewCase,
    ],
    [
      'report-change',
      'reportSubsidyCaseChange',
      '家庭变化报告: the review falls due at once',
      ZSubsidyReportChange,
      steps.reportChange,
    ],
    [
      'suspend',
      'suspendSubsidyCase',
      '暂停发放 from the next month',
      ZSubsidyDecision,
      steps.suspendCase,
    ],
    [
      'resume',
      'resumeSubsidyCase',
      '恢复发放 from the decision’s month',
      ZSubsidyDecision,
      steps.resumeCase,
    ],
    ['stop', 'stopSubsidyCase', '停保 from the next month', ZSubsidyDecision, steps.stopCase],
    [
      'refuse',
      'refuseSubsidyCase',
      '不予批准, with the reason',
      ZSubsidyDecision,
      steps.refuseCase,
    ],
  ] as const
  for (const [verb, operationId, summary, body, run] of caseSteps)
    registerStepRoute(base, {
      verb,
      operationId,
      tag,
      summary,
      permission: 'subsidy:write',
      body,
      response: ZSubsidyCase,
      run: run as never,
    })
}

/** /api/v1/subsidy-standards — the dated local 低保标准 and floor. */
export const subsidyStandardsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const ZStandards = z.object({ items: z.array(ZSubsidyStandard) }).meta({ id: 'SubsidyStandards' })
  app.get('/', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'listSubsidyStandards',
      tags: [tag],
      summary: 'Every dated standard, oldest first',
      response: { 200: ZStandards },
    },
    handler: async () => ({ items: await readStandards(app.db.prisma) }),
  })
  app.put('/:month', {
    config: { permission: 'settings:manage' },
    schema: {
      operationId: 'setSubsidyStandard',
      tags: [tag],
      summary: 'Set the standard in force from a month (a month already paid keeps its own)',
      params: z.object({ month: ZSubsidyStandard.shape.effectiveMonth }),
      body: ZSubsidyStandard.omit({ effectiveMonth: true }),
      response: { 200: ZSubsidyStandard },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        setSubsidyStandard(ctx, { effectiveMonth: request.params.month, ...request.body }),
      ),
  })
}

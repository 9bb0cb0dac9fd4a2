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
  ZSubsidyReview,
  ZSubsidyStreetReview,
} from '@cr/shared/subsidies/subsidy-case'
import { ZSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import {
  ZSubsidyPayout,
  ZSubsidyPayoutGenerate,
  ZSubsidyPayoutListQuery,
  ZSubsidyPayoutPage,
} from '@cr/shared/subsidies/subsidy-payout'
import { ZEmpty, ZIdParams } from '@cr/shared/common/record'
import { ZExportFormat } from '@cr/shared/imports/import-job'
import { formatYuan } from '@cr/shared/party/money'
import { z } from 'zod'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import { write } from '../../lib/write.ts'
import { writeAudit } from '../../lib/audit.ts'
import { contentTypes } from '../../exports/http-headers.ts'
import { sendExport } from '../../exports/send-export.ts'
import * as payouts from './subsidy-payouts.service.ts'
import * as pairings from './pairings.service.ts'
import {
  ZPairing,
  ZPairingCreate,
  ZPairingEnd,
  ZPairingListQuery,
  ZPairingPage,
  ZPairingRate,
  ZPairingRateQuery,
  ZPairingUpdate,
  ZPairingVisitCreate,
} from '@cr/shared/subsidies/pairing-record'
import * as steps from './subsidy-case-steps.ts'
import * as cases from './subsidy-cases.service.ts'
import { readStandards } from './subsidy-case-dto.ts'
import { setSubsidyStandard } from './subsidy-standards.service.ts'

const tag = 'Subsidies'

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

/** /api/v1/subsidy-payouts — 发放花名册: a committee's month, generated, locked, sent to the bank. */
export const subsidyPayoutsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'listSubsidyPayouts',
      tags: [tag],
      summary: 'The payout rolls in scope, newest first',
      querystring: ZSubsidyPayoutListQuery,
      response: { 200: ZSubsidyPayoutPage },
    },
    handler: (request) => payouts.listPayouts(app.db.prisma, request.actor!, request.query),
  })
  app.get('/:id', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'getSubsidyPayout',
      tags: [tag],
      summary: 'A roll with its lines and totals (accounts masked)',
      params: ZIdParams,
      response: { 200: ZSubsidyPayout },
    },
    handler: (request) => payouts.getPayout(app.db.prisma, request.actor!, request.params.id),
  })
  app.post('/', {
    config: { permission: 'subsidy:write' },
    schema: {
      operationId: 'generateSubsidyPayout',
      tags: [tag],
      summary: 'Generate a committee’s roll for a month (again, while it is a draft)',
      body: ZSubsidyPayoutGenerate,
      response: { 201: ZSubsidyPayout },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => payouts.generatePayout(ctx, request.body)),
  })
  registerStepRoute(base, {
    verb: 'lock',
    operationId: 'lockSubsidyPayout',
    tag,
    summary: '核对锁定: the roll becomes final (supervisors)',
    permission: 'subsidy:approve',
    body: ZEmpty,
    response: ZSubsidyPayout,
    run: (ctx, id, version) => payouts.lockPayout(ctx, id, version),
  })
  app.get('/:id/bank-file', {
    config: { permission: 'subsidy:write' },
    schema: {
      operationId: 'exportSubsidyBankFile',
      tags: [tag],
      summary: 'The bank’s transfer file of a locked roll (户名, 账号, 金额), audited',
      params: ZIdParams,
      querystring: z.object({ format: ZExportFormat.default('xlsx') }),
      produces: [contentTypes.xlsx, contentTypes.csv],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { payout, rows } = await payouts.bankFileRows(
        app.db.prisma,
        request.actor!,
        request.params.id,
        app.cipher.decrypt,
      )
      await writeAudit(
        app.db.prisma,
        request.actor!,
        { requestId: request.id, clientIp: request.ip },
        {
          action: 'export',
          entityType: 'subsidy_payout',
          entityId: payout.id,
          committeeId: payout.committee.id,
          after: { format: request.query.format, month: payout.month, rows: rows.length },
        },
      )
      type TBankRow = (typeof rows)[number] | { total: number }
      const total: TBankRow = { total: payout.totals.totalFen }
      const cell = <T>(row: TBankRow, value: (r: (typeof rows)[number]) => T, totalText: T) =>
        'total' in row ? totalText : value(row)
      return sendExport<TBankRow>(reply, {
        fileName: `低保金代发_${payout.committee.name}_${payout.month}`,
        format: request.query.format,
        columns: [
          { header: '户名', value: (r) => cell(r, (x) => x.name, '合计') },
          { header: '账号', width: 24, value: (r) => cell(r, (x) => x.account, null) },
          { header: '开户银行', value: (r) => cell(r, (x) => x.bankName, null) },
          {
            header: '金额（元）',
            value: (r) => formatYuan('total' in r ? r.total : r.totalFen).replace(/,/g, ''),
          },
          { header: '低保证号', value: (r) => cell(r, (x) => x.certificateNumber, null) },
        ],
        rows: (async function* () {
          yield* rows
          yield total
        })(),
      })
    },
  })
}

/** /api/v1/pairings — 一助一 结对帮扶, its visits and the pairing rate. */
export const pairingsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  // Before the CRUD routes' `/:id`, as the registration rate is.
  app.get('/rate', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'getPairingRate',
      tags: [tag],
      summary:
        '结对率 as of a day: cases in payment with an active helper, per committee, in scope',
      querystring: ZPairingRateQuery,
      response: { 200: ZPairingRate },
    },
    handler: (request) =>
      pairings.pairingRateOf(app.db.prisma, request.actor!, request.query, app.today()),
  })
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'Pairing', plural: 'Pairings' },
    labels: { singular: 'pairing (一助一)', plural: 'pairings' },
    permissions: { read: 'subsidy:read', write: 'subsidy:write' },
    schemas: {
      record: ZPairing,
      create: ZPairingCreate,
      update: ZPairingUpdate,
      listQuery: ZPairingListQuery,
      page: ZPairingPage,
    },
    service: {
      list: (db, actor, query) => pairings.listPairings(db, actor, query, base.today()),
      get: (db, actor, id) => pairings.getPairing(db, actor, id, base.today()),
      create: pairings.createPairing,
      update: pairings.updatePairing,
      remove: pairings.deletePairing,
    },
  })
  const step = { tag, permission: 'subsidy:write' as const, response: ZPairing }
  registerStepRoute(base, {
    ...step,
    verb: 'end',
    operationId: 'endPairing',
    summary: 'End a pairing on a day',
    body: ZPairingEnd,
    run: pairings.endPairing,
  })
  registerStepRoute(base, {
    ...step,
    verb: 'visits',
    operationId: 'addPairingVisit',
    summary: '帮扶记录: a visit or help given under the pairing',
    body: ZPairingVisitCreate,
    run: pairings.addPairingVisit,
  })
}

import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZEmpty, ZIdParams } from '@cr/shared/common/record'
import { ZExportFormat } from '@cr/shared/imports/import-job'
import {
  ZSubsidyPayout,
  ZSubsidyPayoutGenerate,
  ZSubsidyPayoutListQuery,
  ZSubsidyPayoutPage,
  ZSubsidyPayoutSummary,
  ZSubsidyPayoutSummaryQuery,
} from '@cr/shared/subsidies/subsidy-payout'
import { z } from 'zod'
import { contentTypes } from '../../exports/http-headers.ts'
import { sendExport } from '../../exports/send-export.ts'
import { writeAudit } from '../../lib/audit.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import { write } from '../../lib/write.ts'
import { subsidiesTag as tag } from './subsidies-tag.ts'
import { bankFileColumns, bankFileRowsWithTotal } from './subsidy-payouts.export.ts'
import * as payouts from './subsidy-payouts.service.ts'

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
  app.get('/summary', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'getSubsidyPayoutSummary',
      tags: [tag],
      summary: 'A month across committees: each roll’s totals and the whole community’s',
      querystring: ZSubsidyPayoutSummaryQuery,
      response: { 200: ZSubsidyPayoutSummary },
    },
    handler: (request) =>
      payouts.payoutSummary(app.db.prisma, request.actor!, request.query, app.today()),
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
      return sendExport(reply, {
        fileName: `低保金代发_${payout.committee.name}_${payout.month}`,
        format: request.query.format,
        columns: bankFileColumns,
        rows: bankFileRowsWithTotal(rows, payout.totals.totalFen),
      })
    },
  })
}

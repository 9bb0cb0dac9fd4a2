import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZExportFormat } from '@cr/shared/imports/import-job'
import { ZDuesRollQuery, ZDuesRollReport, ZPartyReminders } from '@cr/shared/party/party-reports'
import { registerExportRoute } from '../../lib/export-route.ts'
import { duesRollExportColumns, duesRollExportRows } from './party-dues-export.ts'
import { duesRollReport } from './party-dues.ts'
import { partyReminders } from './party-reminders.ts'

const tags = ['Party']

/** /api/v1/party-dues — a branch's monthly dues roll (应交 / 实交 / 欠交). */
export const partyDuesRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyDuesRoll',
      tags,
      summary: 'The dues roll of an organisation (and its groups) for one month',
      querystring: ZDuesRollQuery,
      response: { 200: ZDuesRollReport },
    },
    handler: (request) =>
      duesRollReport(
        app.db.prisma,
        request.actor!,
        request.query.organizationId,
        request.query.month,
        app.today(),
      ),
  })

  registerExportRoute(base, {
    operationId: 'exportPartyDuesRoll',
    tag: 'Party',
    what: 'dues roll of one month (党费收缴表), with its totals row',
    permission: 'party:read',
    listQuery: ZDuesRollQuery,
    query: ZDuesRollQuery.extend({ format: ZExportFormat.default('xlsx') }),
    entityType: 'party_dues_roll',
    fileName: '党费收缴表',
    columns: duesRollExportColumns,
    rows: async (request, filters) =>
      duesRollExportRows(
        await duesRollReport(
          app.db.prisma,
          request.actor!,
          filters.organizationId,
          filters.month,
          app.today(),
        ),
      ),
    audited: (filters) => ({ after: { filters } }),
  })
}

/** /api/v1/party-reminders — what needs attention today (home page). */
export const partyRemindersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'partyReminders',
      tags,
      summary: 'Probations ending, letters outstanding, dues arrears, meeting quotas at risk',
      response: { 200: ZPartyReminders },
    },
    handler: (request) => partyReminders(app.db.prisma, request.actor!, app.today()),
  })
}

import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZAuditEventListQuery, ZAuditEventPage } from '@cr/shared/audit/audit-event'
import { ZExportFormat } from '@cr/shared/imports/import-job'
import { registerExportRoute } from '../../lib/export-route.ts'
import { auditExportColumns } from './audit.export.ts'
import { auditExportRows, listAuditEvents } from './audit.service.ts'

/** /api/v1/audit-events — the append-only record of every change, sign-in and reveal. */
export const auditRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'audit:read' },
    schema: {
      operationId: 'listAuditEvents',
      tags: ['Audit'],
      summary: 'List audit events, newest first, with filters',
      querystring: ZAuditEventListQuery,
      response: { 200: ZAuditEventPage },
    },
    handler: (request) => listAuditEvents(app.db.prisma, request.actor!, request.query),
  })

  // Who read the log out is itself a row of it (`export` on `audit_event`).
  registerExportRoute(base, {
    operationId: 'exportAuditEvents',
    tag: 'Audit',
    what: 'audit log, each change written out in Chinese (字段：旧 → 新)',
    permission: 'audit:read',
    listQuery: ZAuditEventListQuery,
    query: ZAuditEventListQuery.omit({ limit: true, cursor: true }).extend({
      format: ZExportFormat.default('xlsx'),
    }),
    rows: (request, filters) => auditExportRows(app.db.prisma, request.actor!, filters),
    entityType: 'audit_event',
    fileName: '审计日志',
    columns: auditExportColumns,
    audited: (filters) => ({ committeeId: filters.committeeId ?? null, after: { filters } }),
  })
}

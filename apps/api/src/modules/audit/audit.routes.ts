import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZAuditEventListQuery, ZAuditEventPage } from '@cr/shared/audit/audit-event'
import { listAuditEvents } from './audit.service.ts'

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
}

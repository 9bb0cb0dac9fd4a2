import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZPatrolFigures, ZPatrolFiguresQuery } from '@cr/shared/patrol/patrol-figures'
import { patrolTag as tag } from './patrol-tag.ts'
import { patrolFigures } from './patrol-figures.service.ts'

/**
 * GET /api/v1/patrol-logs/figures — the month's patrol figures. A static path under the logs'
 * prefix, registered as its own plugin beside the logs' CRUD (find-my-way prefers the static
 * segment to `/:id` whichever registers first).
 */
export const patrolFiguresRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/figures', {
    config: { permission: 'patrol:read' },
    schema: {
      operationId: 'getPatrolFigures',
      tags: [tag],
      summary:
        'A month’s patrol figures (by service date) per team or group, per member and in total: ' +
        'patrols, hours, coverage, findings by type, 盘查, and the roster against the logs',
      querystring: ZPatrolFiguresQuery,
      response: { 200: ZPatrolFigures },
    },
    handler: (request) => patrolFigures(app.db.prisma, request.actor!, request.query, app.today()),
  })
}

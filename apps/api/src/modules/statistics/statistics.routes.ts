import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZFigureParams,
  ZFigureRows,
  ZFigureRowsQuery,
  ZSeries,
  ZSeriesQuery,
  ZStatistics,
  ZStatisticsQuery,
} from '@cr/shared/statistics/statistics'
import { figureRows, statistics, statisticsSeries } from './statistics.service.ts'

const tags = ['Statistics']

/**
 * /api/v1/statistics — the office's figures as of a date, per committee; the records behind
 * each; and figures over months or weeks for a chart. Scoped as the lists they count: each
 * module's figures need its read permission and use its data scope.
 */
export const statisticsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const contextOf = (request: FastifyRequest) => ({
    db: app.db.prisma,
    actor: request.actor!,
    today: app.today(),
    language: request.lang,
  })

  app.get('/', {
    config: { permission: 'statistics:read' },
    schema: {
      operationId: 'getStatistics',
      tags,
      summary:
        'Every figure of the office as of a date (and over the period from `from`), in total ' +
        'and per residents’ committee; a module without records is null (“not recorded”)',
      querystring: ZStatisticsQuery,
      response: { 200: ZStatistics },
    },
    handler: (request) => statistics(contextOf(request), request.query),
  })

  app.get('/figures/:key/rows', {
    config: { permission: 'statistics:read' },
    schema: {
      operationId: 'getStatisticsFigureRows',
      tags,
      summary: 'The records one figure counts, as of the same date: exactly as many as its value',
      params: ZFigureParams,
      querystring: ZFigureRowsQuery,
      response: { 200: ZFigureRows },
    },
    handler: (request) => figureRows(contextOf(request), request.params.key, request.query),
  })

  app.get('/series', {
    config: { permission: 'statistics:read' },
    schema: {
      operationId: 'getStatisticsSeries',
      tags,
      summary: 'Figures over consecutive months or weeks (Monday to Sunday), for a chart',
      querystring: ZSeriesQuery,
      response: { 200: ZSeries },
    },
    handler: (request) => statisticsSeries(contextOf(request), request.query),
  })
}

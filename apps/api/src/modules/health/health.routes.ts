import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/errors.ts'

const ZHealth = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })
const tags = ['Health']

/**
 * Liveness (the process answers) and readiness: the database answers within a second (by
 * default) and the job queue's workers run.
 */
export const healthRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'public', rateLimit: false },
    schema: {
      operationId: 'getHealth',
      tags,
      summary: 'Liveness: the API process is up',
      response: { 200: ZHealth },
    },
    handler: async () => ({ status: 'ok' as const }),
  })

  app.get('/ready', {
    config: { permission: 'public', rateLimit: false },
    schema: {
      operationId: 'getReadiness',
      tags,
      summary: 'Readiness: the database answers and the job queue runs',
      response: { 200: ZHealth },
    },
    handler: async (request) => {
      // A connection of its own (see db.ping): the pool may be full of queries waiting on a
      // hung server, and readiness must say so within its limit, not wait its turn.
      try {
        await app.db.ping(app.config.db.readyTimeoutMs)
      } catch (error) {
        request.log.warn({ reason: (error as Error).message }, 'not ready: database unavailable')
        throw new AppError('database_unavailable', 503, { headers: { 'retry-after': '5' } })
      }
      const queueProblem = app.jobs.problem()
      if (queueProblem) {
        request.log.warn({ reason: queueProblem }, 'not ready: job queue not running')
        throw new AppError('job_queue_unavailable', 503, { headers: { 'retry-after': '5' } })
      }
      return { status: 'ok' as const }
    },
  })
}

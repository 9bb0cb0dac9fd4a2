import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/errors.ts'

const ZHealth = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })
const tags = ['Health']

/** Liveness (the process answers) and readiness (the database answers within a second). */
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
      summary: 'Readiness: the database answers',
      response: { 200: ZHealth },
    },
    handler: async () => {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(
          () =>
            reject(new AppError('database_unavailable', 503, { headers: { 'retry-after': '5' } })),
          1000,
        ).unref(),
      )
      await Promise.race([app.db.pool.query('SELECT 1'), timeout])
      return { status: 'ok' as const }
    },
  })
}

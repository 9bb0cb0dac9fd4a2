import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import { AppError } from '../../lib/errors.ts'

/**
 * A global per-client limit, and a strict one on sign-in (set on that route). The store is
 * per process; with several API replicas, move it to a shared store (QUALITY.md 2.6). Account
 * lockout does not depend on it: failure counters live in PostgreSQL.
 */
export default fp(async (app) => {
  await app.register(rateLimit, {
    global: true,
    max: app.config.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request) =>
      request.headers.authorization ?? request.cookies?.['cr_session'] ?? request.ip,
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', 429, {
        headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      }),
  })
})

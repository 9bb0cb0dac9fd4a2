import rateLimit from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../../lib/errors.ts'

type TLimiter = (request: FastifyRequest) => Promise<{ isAllowed: true } | TLimitState>
type TLimitState = { isAllowed: false; isExceeded: boolean; ttl: number }

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts one request of the signed-in caller (user or token); too many → 429. */
    limitPrincipal: (request: FastifyRequest) => Promise<void>
    /** Counts one request that carries no valid credential, per client address; too many → 429. */
    limitAnonymous: (request: FastifyRequest) => Promise<void>
  }
}

export const rateLimited = (ttlMs: number) =>
  new AppError('rate_limited', 429, {
    headers: { 'retry-after': String(Math.max(1, Math.ceil(ttlMs / 1000))) },
  })

const enforce = (limiter: TLimiter) => async (request: FastifyRequest) => {
  const state = await limiter(request)
  if (!state.isAllowed && state.isExceeded) throw rateLimited(state.ttl)
}

/**
 * Rate limits, applied by the route guard (`plugins/app/route-guard.ts`) in its own order
 * rather than by the plugin's route hooks, which would run after authentication and so never
 * count a request refused with 401:
 * - every request without a valid credential (public routes, and those about to be refused
 *   with 401) counts against its client address — a stranger cannot probe without limit;
 * - a signed-in caller counts against their own account or token, so an office of clerks
 *   behind one address does not share one budget;
 * - sign-in has a stricter limit of its own (`config.rateLimit` on that route).
 * The store is per process: behind a round-robin balancer N processes allow N × each limit
 * (documented in the README and ARCHITECTURE.md, "Several API processes"). A shared store on
 * PostgreSQL would add a write per request; the plugin's shared store is Redis, which this
 * system does not run. Account lockout does not depend on it: failure counters live in
 * PostgreSQL, shared by every process.
 */
export default fp(async (app) => {
  await app.register(rateLimit, {
    global: false,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => rateLimited(context.ttl),
  })
  app.decorate(
    'limitPrincipal',
    enforce(
      app.createRateLimit({
        max: app.config.rateLimitPerMinute,
        keyGenerator: (request) => `actor:${request.actor?.type}:${request.actor?.id}`,
      }) as TLimiter,
    ),
  )
  app.decorate(
    'limitAnonymous',
    enforce(
      app.createRateLimit({
        max: app.config.anonymousRateLimitPerMinute,
        keyGenerator: (request) => `ip:${request.ip}`,
      }) as TLimiter,
    ),
  )
})

import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { isFieldRole } from '@cr/shared/auth/roles'
import { ownPatrolTeamIds } from '../../modules/patrol/patrol-team-scope.ts'
import { AppError, forbidden, unauthenticated } from '../../lib/errors.ts'
import { authenticateRequest } from '../../modules/auth/authenticate.ts'
import { isSameOriginWrite } from '../../modules/auth/same-origin.ts'

/**
 * The guard in front of every route. It decides on the matched route's own config — the
 * permission it declares (`config.permission`) — never on the URL: the router matches a
 * decoded path (`/%61pi/v1/users` is `/api/v1/users`), so a check on the raw URL can be walked
 * around. A route that declares nothing is refused (fail closed; the route registry also
 * refuses to register one under /api). Runs on `onRequest`, before the body is parsed:
 * strangers learn nothing from validation errors.
 *
 * In order: the anonymous rate limit for public routes; authentication (no valid credential →
 * the anonymous limit, then 401); the caller's own rate limit; a pending password change;
 * same-origin for cookie-authenticated writes (CSRF); the permission (403).
 */
export default fp(async (app) => {
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    const { permission, allowPendingPasswordChange, rateLimit } = request.routeOptions.config
    if (permission === 'public') {
      if (rateLimit !== false) await app.limitAnonymous(request)
      return
    }
    if (permission === undefined) throw forbidden()

    const actor = await authenticateRequest(app, request, reply)
    if (!actor) {
      await app.limitAnonymous(request)
      throw unauthenticated(request.cookies['cr_session'] ? 'session_expired' : 'unauthenticated')
    }
    request.actor = actor
    await app.limitPrincipal(request)
    if (actor.mustChangePassword && !allowPendingPasswordChange) {
      throw new AppError('password_change_required', 403)
    }
    if (actor.sessionId && !isSameOriginWrite(request))
      throw new AppError('cross_site_request', 403)
    if (permission !== 'authenticated' && !actor.permissions.has(permission)) throw forbidden()
    if (isFieldRole(actor.role)) {
      // A field role reaches only the routes that say how its team limits it (types.d.ts).
      const { teamScope } = request.routeOptions.config
      if (!teamScope) throw forbidden()
      if (teamScope === 'own')
        request.actor = { ...actor, patrolTeamIds: await ownPatrolTeamIds(app.db.prisma, actor) }
    }
  }

  app.addHook('onRequest', async (request, reply) => {
    // Requests that matched no route go to the not-found handler (404), never to a handler.
    if (request.routeOptions.url === undefined) return
    await guard(request, reply)
  })
})

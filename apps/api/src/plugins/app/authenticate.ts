import fp from 'fastify-plugin'
import { AppError, forbidden, unauthenticated } from '../../lib/errors.ts'
import { authenticateRequest } from '../../modules/auth/authenticate.ts'

/**
 * The gate in front of every /api route. Each route declares `config.permission`; a route that
 * forgot to is refused (fail closed), and a test walks the route table so that never ships.
 * Runs on `onRequest`, before the body is parsed: strangers learn nothing from validation errors.
 */
export default fp(async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || !request.routeOptions.url) return
    const { permission, allowPendingPasswordChange } = request.routeOptions.config
    if (permission === 'public') return
    if (permission === undefined) throw forbidden()

    const actor = await authenticateRequest(app, request, reply)
    if (!actor)
      throw unauthenticated(request.cookies['cr_session'] ? 'session_expired' : 'unauthenticated')
    request.actor = actor
    if (actor.mustChangePassword && !allowPendingPasswordChange) {
      throw new AppError('password_change_required', 403)
    }
    if (permission !== 'authenticated' && !actor.permissions.has(permission)) throw forbidden()
  })
})

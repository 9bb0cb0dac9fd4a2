import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { TActor } from '../../lib/actor.ts'
import { findTokenActor } from '../api-tokens/token-auth.ts'
import { getPasswordPolicy } from '../settings/settings.service.ts'
import { userActor } from './load-actor.ts'
import { findLiveSession, sessionCookie } from './sessions.ts'

/**
 * Resolves the caller from `Authorization: Bearer <api token>` (integrations) or the session
 * cookie (the web app). Returns null when neither identifies a usable account.
 */
export const authenticateRequest = async (
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<TActor | null> => {
  const prisma = app.db.prisma
  const authorization = request.headers.authorization
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization)
    return match?.[1] ? findTokenActor(prisma, match[1], app.today()) : null
  }
  const secret = request.cookies[sessionCookie]
  if (!secret) return null
  const policy = { idleMs: app.config.sessionIdleMs, absoluteMs: app.config.sessionAbsoluteMs }
  const session = await findLiveSession(prisma, secret, policy)
  const actor = session
    ? userActor(session.user, session.id, await getPasswordPolicy(prisma), app.today())
    : null
  if (!actor) void reply.clearCookie(sessionCookie, { path: '/' })
  return actor
}

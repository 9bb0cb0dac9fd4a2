import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZChangePasswordRequest, ZLoginRequest, ZMe } from '@cr/shared/auth/auth'
import { z } from 'zod'
import { unauthenticated } from '../../lib/errors.ts'
import { write } from '../../lib/write.ts'
import { getPasswordPolicy } from '../settings/settings.service.ts'
import { changePassword, login, logout } from './auth.service.ts'
import { buildMe } from './me.ts'
import { sessionCookie } from './sessions.ts'

const tags = ['Auth']

const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, secret: string) => {
  const secure = request.server.config.cookieSecure
  // No Max-Age: the cookie ends with the browser (shared office PCs); the server enforces
  // the idle and absolute timeouts regardless.
  void reply.setCookie(sessionCookie, secret, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: secure === 'auto' ? request.protocol === 'https' : secure,
  })
}

/** /api/v1/auth — sign in and out, who am I, change my password. */
export const authRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.post('/login', {
    config: {
      permission: 'public',
      // Per address and name, once the body is read: the clerks of an office behind one
      // address each have their own budget. Guessing many names from one address meets the
      // anonymous limit (route guard); guessing one name meets the lockout (login-throttle.ts).
      rateLimit: {
        max: app.config.loginRateLimitPerMinute,
        timeWindow: '1 minute',
        hook: 'preHandler',
        keyGenerator: (r) =>
          `${r.ip}|${String((r.body as { username?: unknown } | undefined)?.username ?? '')
            .trim()
            .toLowerCase()}`,
      },
    },
    schema: {
      operationId: 'login',
      tags,
      summary: 'Sign in; sets the session cookie',
      body: ZLoginRequest,
      response: { 200: ZMe },
    },
    handler: async (request, reply) => {
      const meta = {
        requestId: request.id,
        clientIp: request.ip,
        userAgent: request.headers['user-agent'],
      }
      const policy = { idleMs: app.config.sessionIdleMs, absoluteMs: app.config.sessionAbsoluteMs }
      const { secret, actor } = await login(app.db.prisma, request.body, meta, policy, app.today())
      setSessionCookie(request, reply, secret)
      return buildMe(app.db.prisma, actor, await getPasswordPolicy(app.db.prisma))
    },
  })

  app.post('/logout', {
    config: { permission: 'authenticated', allowPendingPasswordChange: true },
    schema: {
      operationId: 'logout',
      tags,
      summary: 'Sign out; ends the session',
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await logout(app.db.prisma, request.actor!, { requestId: request.id, clientIp: request.ip })
      void reply.clearCookie(sessionCookie, { path: '/' })
      return reply.code(204).send(null)
    },
  })

  app.get('/me', {
    config: { permission: 'authenticated', allowPendingPasswordChange: true },
    schema: {
      operationId: 'getMe',
      tags,
      summary: 'The signed-in user or token',
      response: { 200: ZMe },
    },
    handler: async (request) =>
      buildMe(app.db.prisma, request.actor!, await getPasswordPolicy(app.db.prisma)),
  })

  app.post('/change-password', {
    config: { permission: 'authenticated', allowPendingPasswordChange: true },
    schema: {
      operationId: 'changePassword',
      tags,
      summary: 'Change the caller’s own password',
      body: ZChangePasswordRequest,
      response: { 204: z.null() },
    },
    handler: (request, reply) => {
      if (request.actor?.type !== 'user') throw unauthenticated()
      return write(request, reply, 204, (ctx) => changePassword(ctx, request.body))
    },
  })
}

import Fastify, { type FastifyServerOptions } from 'fastify'
import { serializerCompiler } from 'fastify-type-provider-zod'
import type { TDb } from './lib/db-types.ts'
import type { TConfig } from './config.ts'
import { todayBy } from './lib/clock.ts'
import { createFieldCipher } from './lib/crypto/field-cipher.ts'
import { loggerOptions } from './lib/logger.ts'
import { zodValidatorCompiler } from './lib/zod-validator.ts'
import cookie from './plugins/external/cookie.ts'
import helmet from './plugins/external/helmet.ts'
import rateLimit from './plugins/external/rate-limit.ts'
import spa from './plugins/external/spa.ts'
import swagger from './plugins/external/swagger.ts'
import compress from './plugins/app/compress.ts'
import drain from './plugins/app/drain.ts'
import errorHandler, { frameworkErrors } from './plugins/app/error-handler.ts'
import jobQueue from './plugins/app/job-queue.ts'
import jsonBody from './plugins/app/json-body.ts'
import legacyPhones from './plugins/app/legacy-phones.ts'
import metrics from './plugins/app/metrics.ts'
import requestContext from './plugins/app/request-context.ts'
import routeGuard from './plugins/app/route-guard.ts'
import routeRegistry from './plugins/app/route-registry.ts'
import { apiRoutes } from './routes.ts'

export type TAppOptions = { config: TConfig; db: TDb; logger?: FastifyServerOptions['logger'] }

/**
 * Builds the Fastify app without listening: the server and the tests share this. Order matters:
 * conventions that apply to every route (route registry, error handler, auth gate) are registered
 * before any route, external plugins before the app's own, routes last.
 */
export const buildApp = async ({ config, db, logger }: TAppOptions) => {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID()
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    keepAliveTimeout: 72_000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  })
  app.setValidatorCompiler(zodValidatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('config', config)
  // Business dates (lib/clock.ts): `app.today()` in routes, `ctx.today` in writes.
  app.decorate('clock', config.clock)
  app.decorate('today', () => todayBy(config.clock))
  app.decorate('db', db)
  app.decorate('hasSpa', false)
  app.decorate('cipher', createFieldCipher(config.fieldKeys, config.previousFieldKeys))

  await app.register(routeRegistry)
  await app.register(metrics)
  await app.register(requestContext)
  await app.register(drain)
  await app.register(errorHandler)
  await app.register(jsonBody)
  await app.register(helmet)
  await app.register(cookie)
  await app.register(rateLimit)
  await app.register(swagger)
  await app.register(routeGuard)
  await app.register(spa)
  await app.register(jobQueue)
  await app.register(legacyPhones)
  // After every other plugin: their onSend hooks see the payload before it is compressed.
  await app.register(compress)
  await app.register(apiRoutes, { prefix: '/api' })
  return app
}

export type TApp = Awaited<ReturnType<typeof buildApp>>

import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

/**
 * OpenAPI 3.1 generated from the zod route schemas, at /api/openapi.json, with Swagger UI at
 * /api/docs. Untagged routes (the SPA fallback, the docs themselves) stay out of the document.
 */
export default fp(async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '社区事务台账 · Community Records API',
        version: '1.0.0',
        description:
          'REST API of the community records system. Errors are RFC 9457 problem+json. ' +
          'Writes to an existing record need `If-Match` with its version; POSTs accept `Idempotency-Key`. ' +
          'Authenticate with the session cookie (web app) or `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cr_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    hideUntagged: true,
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', logLevel: 'warn' })
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, () =>
    app.swagger(),
  )
})

import fp from 'fastify-plugin'
import { z } from 'zod'
import { ZProblem, problemContentType } from '@cr/shared/common/problem'
import { permissions } from '@cr/shared/auth/roles'
import type { TRoutePermission } from '../../types.d.ts'

const routePermissions = new Set<string>([...permissions, 'public', 'authenticated'])

export type TRouteInfo = {
  method: string
  url: string
  permission: TRoutePermission | undefined
  operationId: string | undefined
  /** `'own'`: field roles keep to their own patrol teams on this route (route-guard.ts). */
  teamScope?: 'own' | 'committee'
}

const problemResponse = {
  description: 'Problem details (RFC 9457)',
  content: { [problemContentType]: { schema: ZProblem } },
}

// Loose objects: a strict or stripping header schema would drop every other header (cookie, …).
const idempotencyHeader = z.looseObject({
  'idempotency-key': z
    .string()
    .max(255)
    .optional()
    .describe('Retrying a POST with the same key returns the first answer instead of acting twice'),
})
const ifMatchHeader = z.looseObject({
  'if-match': z.string().optional().describe('The version (ETag) the change is based on; required'),
})

/**
 * Applies the API conventions to every route as it is added: problem+json responses for 4xx/5xx
 * in OpenAPI, the Idempotency-Key / If-Match headers documented where they apply, a permission
 * on every route (an API route without one stops the app from starting), and a table of routes
 * that the route-walk tests go through (`src/test/route-walk/`).
 */
export default fp(async (app) => {
  app.decorate('routeTable', [] as TRouteInfo[])
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) {
      // The web app's static files (index.html, hashed assets): public, hold no data, and a page
      // load fetches several at once, so they do not count against the anonymous rate limit.
      route.config = {
        ...route.config,
        permission: route.config?.permission ?? 'public',
        rateLimit: route.config?.rateLimit ?? false,
      }
      return
    }
    // Swagger UI's own routes are the public documentation of the API.
    if (route.url.startsWith('/api/docs') && !route.config?.permission) {
      route.config = { ...route.config, permission: 'public' }
    }
    // Fail closed at start: an API route that declares no known permission is never served.
    if (!routePermissions.has(route.config?.permission as string)) {
      throw new Error(`${[route.method].flat().join(',')} ${route.url}: no config.permission`)
    }
    const methods = [route.method].flat()
    const schema = route.schema as Record<string, unknown> | undefined
    app.routeTable.push(
      ...methods.map((method) => ({
        method,
        url: route.url,
        permission: route.config?.permission,
        operationId: schema?.operationId as string | undefined,
        ...(route.config?.teamScope ? { teamScope: route.config.teamScope } : {}),
      })),
    )
    if (!schema || schema.hide) return
    schema.response = {
      ...(schema.response as object),
      '4xx': problemResponse,
      '5xx': problemResponse,
    }
    if (!schema.headers && methods.includes('POST')) schema.headers = idempotencyHeader
    if (!schema.headers && (methods.includes('PATCH') || methods.includes('DELETE'))) {
      schema.headers = ifMatchHeader
    }
  })
})

import type { TApp } from '../../app.ts'
import type { TRouteInfo } from '../../plugins/app/route-registry.ts'

/**
 * The route table as the route-walk tests see it: every API route the app registered, so a
 * route a later module adds is walked without anyone listing it. Swagger UI's static files are
 * left out (public documentation, not data).
 */
export const walkedRoutes = (app: TApp): TRouteInfo[] =>
  app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))

export const isWrite = (route: Pick<TRouteInfo, 'method'>) =>
  !['GET', 'HEAD', 'OPTIONS'].includes(route.method)

/** An id that names no record: for walks where only the guard is under test. */
export const absentId = '00000000-0000-4000-8000-000000000000'

/** The route's path with each `:param` replaced (by `values`, else a well-formed absent id). */
export const fillPath = (url: string, values: Record<string, string> = {}) =>
  url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? absentId).replace(/(.)\/$/, '$1')

const encodeChar = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`

/**
 * Ways of writing the same path that a router may or may not treat as that path: a letter
 * percent-encoded (in the `/api` prefix, and in the route's own last literal segment), every
 * letter encoded, a doubled slash at the start and inside, the path in capitals. Whatever the
 * router makes of them, the answer must be the route's own guard (401/403) or 404 — never the
 * handler.
 */
export const pathVariants = (path: string) => {
  const segments = path.split('/')
  const lastLiteral = segments.findLastIndex((s) => /^[a-z]/.test(s))
  const encodedLast = segments
    .map((s, i) => (i === lastLiteral ? encodeChar(s[0]!) + s.slice(1) : s))
    .join('/')
  return {
    encodedPrefix: `/%61${path.slice(2)}`,
    encodedSegment: encodedLast,
    encodedDoubly: `/%2561${path.slice(2)}`,
    encodedLetters: path.replace(/[a-z]/g, encodeChar),
    leadingDoubleSlash: `/${path}`,
    innerDoubleSlash: path.replace('/v1/', '/v1//').replace('/health', '//health'),
    capitals: path.toUpperCase(),
    dotSegment: path.replace('/api/', '/api/v1/../'),
  }
}

import type { FastifyRequest } from 'fastify'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a cookie-authenticated request may change something: it must come from our own
 * origin. SameSite=Strict keeps other sites' requests from carrying the cookie, but not a page
 * on a sibling host of the same site (another intranet app under the same domain), which could
 * post a body-less action or a form upload. Browsers say where a request comes from:
 * `Sec-Fetch-Site` (all current browsers) is trusted when present — only `same-origin` or
 * `none` (typed by the user) pass; otherwise `Origin` must name this host. A request with
 * neither does not come from a browser page (or from one too old to send them, which cannot
 * be led into a cross-origin POST by a modern page either), so it passes — the same rule as
 * Go's `http.CrossOriginProtection` and OWASP's Fetch Metadata guidance.
 */
export const isSameOriginWrite = (request: FastifyRequest): boolean => {
  if (safeMethods.has(request.method)) return true
  const site = request.headers['sec-fetch-site']
  if (typeof site === 'string') return site === 'same-origin' || site === 'none'
  const origin = request.headers.origin
  if (origin === undefined) return true
  try {
    // Hosts compared with default ports removed; not the scheme, which a TLS-terminating
    // proxy changes on the way in.
    const from = new URL(origin)
    return from.host === new URL(`${from.protocol}//${request.host}`).host
  } catch {
    return false
  }
}

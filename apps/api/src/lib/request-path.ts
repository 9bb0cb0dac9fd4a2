/**
 * The path a request names, as the router would match it: percent-decoded, duplicate slashes
 * collapsed, lower-cased, without the query. Only for deciding how to answer a request that
 * matched no route (a problem for the API, the web app's page otherwise) and which headers an
 * answer gets — never for access control, which hangs on the matched route's own config.
 */
export const canonicalPath = (url: string): string => {
  const path = url.split('?', 1)[0] ?? ''
  let decoded = path
  // Twice at most: `%2561` decodes to `%61`, which a second pass turns into `a`.
  for (let i = 0; i < 2 && decoded.includes('%'); i++) {
    try {
      decoded = decodeURIComponent(decoded)
    } catch {
      break
    }
  }
  return decoded.replace(/\/{2,}/g, '/').toLowerCase()
}

/** Whether a request is meant for the API (however its path is written). */
export const isApiPath = (url: string): boolean => {
  const path = canonicalPath(url)
  return path === '/api' || path.startsWith('/api/')
}

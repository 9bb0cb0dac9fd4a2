import fp from 'fastify-plugin'
import { AppError } from '../../lib/errors.ts'

/** Deeper than any request schema (the deepest is 4 levels); far below what recursion survives. */
export const maxJsonDepth = 64

/**
 * True when `text` nests arrays or objects deeper than `max`. Counts brackets outside strings in
 * one pass, before anything parses or walks the value.
 */
export const nestsDeeperThan = (text: string, max: number) => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c)
        i++ // backslash: skip the escaped character
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true
    } else if (char === 0x5d || char === 0x7d) depth--
  }
  return false
}

/**
 * JSON bodies as Fastify parses them (secure-json-parse, `__proto__`/`constructor` refused),
 * except that nesting deeper than `maxJsonDepth` is refused first. A body is parsed on every
 * route, also those that read none, and code that recurses over it (the idempotency hash in
 * write.ts, JSON.stringify into jsonb) overflowed the stack on 100,000 nested arrays: a 500.
 */
export default fp(async (app) => {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (nestsDeeperThan(body as string, maxJsonDepth))
      return done(
        new AppError('bad_request', 400, { fields: [{ path: '', code: 'json_too_deep' }] }),
        undefined,
      )
    return parseJson(request, body as string, done)
  })
})

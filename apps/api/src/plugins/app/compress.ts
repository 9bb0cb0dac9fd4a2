import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import fp from 'fastify-plugin'

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this a response is sent as it is: the headers and the work would cost more than saved. */
export const compressMinBytes = 1024

// What is worth compressing and built in memory: JSON (problem+json too), and text the API
// sends whole (Swagger UI's page). Not the downloads: xlsx and zip are compressed already, and
// exports stream (a stream passes through untouched, so it still streams).
const compressibleType =
  /^(?:application\/(?:[\w.-]+\+)?json|text\/(?:html|plain|css|javascript)|application\/javascript)\b/i

export type TEncoding = 'br' | 'gzip'

/**
 * The encoding to answer in by the request's `Accept-Encoding`: brotli before gzip, each unless
 * refused (`q=0`), `*` standing for either; none without the header (identity).
 */
export const pickEncoding = (header: string | undefined): TEncoding | undefined => {
  if (!header) return undefined
  const weights = new Map<string, number>()
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    const weight = q === undefined ? 1 : Number(q)
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (encoding: TEncoding) => weights.get(encoding) ?? weights.get('*') ?? 0
  const br = weightOf('br')
  const gz = weightOf('gzip')
  if (br > 0 && br >= gz) return 'br'
  if (gz > 0) return 'gzip'
  return undefined
}

const compress = (encoding: TEncoding, body: Buffer): Promise<Buffer> =>
  encoding === 'br'
    ? brotliAsync(body, {
        params: {
          // Quality 4: near gzip's speed with a better ratio, for answers made per request.
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 6 })

const appendVary = (current: unknown): string => {
  const value = Array.isArray(current) ? current.join(', ') : String(current ?? '')
  const tokens = value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean)
  if (tokens.includes('accept-encoding') || tokens.includes('*')) return value
  return value ? `${value}, accept-encoding` : 'accept-encoding'
}

/**
 * Compresses the API's answers built in memory (JSON lists, OpenAPI, problems) of 1 KiB or more
 * with brotli or gzip as the client accepts, in the thread pool (zlib's async calls), and says
 * `Vary: Accept-Encoding` on every answer that could have been compressed. The web app's static
 * files are compressed at build time and sent as they are (`plugins/external/spa.ts`).
 * Registered after the other plugins so their onSend hooks see the plain payload. The ETag of a
 * record stays its version (If-Match compares versions, not bytes).
 */
export default fp(async (app) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    if (request.method === 'HEAD' || reply.statusCode === 204 || reply.statusCode === 304)
      return payload
    if (reply.hasHeader('content-encoding')) return payload
    if (!compressibleType.test(String(reply.getHeader('content-type') ?? ''))) return payload
    if (/\bno-transform\b/i.test(String(reply.getHeader('cache-control') ?? ''))) return payload
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload
    if (body.length < compressMinBytes) return payload
    reply.header('vary', appendVary(reply.getHeader('vary')))
    const encoding = pickEncoding(request.headers['accept-encoding'])
    if (!encoding) return payload
    const compressed = await compress(encoding, body)
    reply.header('content-encoding', encoding)
    reply.removeHeader('content-length')
    return compressed
  })
})

// A minimal HTTP/1.1 client for the load driver: node:http with a keep-alive agent holding one
// socket per worker, so every worker reuses its connection as autocannon's do. Not `fetch`: its
// WHATWG streams cost noticeably more CPU per request, and on two cores the client's CPU is
// taken from the server it measures. Only 127.0.0.1 is ever contacted.
import http from 'node:http'

export type THttpRequest = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Path and query, e.g. `/api/v1/committees?limit=20`. */
  path: string
  headers?: Record<string, string>
  /** Sent as JSON. */
  body?: unknown
  /** The status that counts as success (default 200); any other is an error of the run. */
  expect?: number
}

export type THttpResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  json<T = unknown>(): T
}

export type THttpClient = {
  send(request: THttpRequest): Promise<THttpResponse>
  close(): void
}

export const createHttpClient = (port: number, connections: number): THttpClient => {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: connections,
    maxFreeSockets: connections,
  })
  const send = (request: THttpRequest) =>
    new Promise<THttpResponse>((resolve, reject) => {
      const payload = request.body === undefined ? undefined : JSON.stringify(request.body)
      const req = http.request(
        {
          agent,
          host: '127.0.0.1',
          port,
          method: request.method ?? 'GET',
          path: request.path,
          headers: {
            accept: 'application/json',
            ...(payload === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload),
                }),
            ...request.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('error', reject)
          res.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8')
            const status = res.statusCode ?? 0
            const expected = request.expect ?? 200
            if (status !== expected) {
              reject(new Error(`HTTP ${status} (expected ${expected}): ${body.slice(0, 200)}`))
              return
            }
            resolve({ status, headers: res.headers, body, json: () => JSON.parse(body) })
          })
        },
      )
      req.on('error', reject)
      req.end(payload)
    })
  return { send, close: () => agent.destroy() }
}

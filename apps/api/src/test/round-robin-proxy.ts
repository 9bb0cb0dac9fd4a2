import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the proxy passed it on: which upstream answered it, and with what. */
export type TProxiedRequest = {
  method: string
  path: string
  /** Index of the upstream that gave the answer (after a retry, the second one). */
  upstream: number
  status: number
  /** Sent to the other upstream once, after a refusal, reset or 503 from the first. */
  retried: boolean
}

/** Errors that mean the upstream is going away: its request was not (or not fully) taken. */
const goneAway = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE'])

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade'])

/**
 * A small round-robin HTTP proxy for tests with several API processes: each new request goes to
 * the next live upstream. As a load balancer with health checks would (nginx
 * `proxy_next_upstream error http_503 non_idempotent`), a request that an upstream refuses,
 * resets or answers with 503 (a draining process: it refuses before reading the request's
 * route, so nothing was done) is sent once to another upstream; a refused connection also marks
 * the upstream down for good (a stopped process does not come back in a test).
 *
 * Bodies are buffered so a request can be sent twice; one connection per upstream request, so
 * no pooled connection to a process that has gone away is reused.
 */
export const startRoundRobinProxy = async (upstreams: string[]) => {
  const down = new Set<number>()
  const log: TProxiedRequest[] = []
  let next = 0

  const pick = (exclude?: number) => {
    for (let i = 0; i < upstreams.length; i++) {
      const index = (next + i) % upstreams.length
      if (!down.has(index) && index !== exclude) {
        next = index + 1
        return index
      }
    }
    return undefined
  }

  const send = (index: number, request: http.IncomingMessage, body: Buffer) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !hopByHop.has(name)),
      )
      const upstream = http.request(new URL(request.url ?? '/', upstreams[index]), {
        method: request.method,
        headers: { ...headers, 'content-length': String(body.length) },
        agent: false,
      })
      upstream.on('response', resolve)
      upstream.on('error', reject)
      upstream.end(body)
    })

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const entry = { method: request.method ?? 'GET', path: request.url ?? '/', retried: false }

    let answer: http.IncomingMessage | undefined
    let index = pick()
    for (let attempt = 0; attempt < 2 && index !== undefined; attempt++) {
      try {
        answer = await send(index, request, body)
        if (answer.statusCode !== 503 || attempt === 1) break
        answer.resume()
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ''
        answer = undefined
        if (!goneAway.has(code)) break
        if (code === 'ECONNREFUSED') down.add(index)
      }
      const other = pick(index)
      if (other === undefined) break
      index = other
      entry.retried = true
    }
    if (!answer || index === undefined) {
      log.push({ ...entry, upstream: -1, status: 502 })
      response.writeHead(502).end()
      return
    }
    log.push({ ...entry, upstream: index, status: answer.statusCode ?? 0 })
    const headers = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => !hopByHop.has(name)),
    )
    response.writeHead(answer.statusCode ?? 502, { ...headers, 'x-upstream': String(index) })
    answer.pipe(response)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every request answered so far, in the order the answers started. */
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

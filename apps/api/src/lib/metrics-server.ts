import { createServer, type Server } from 'node:http'
import type { Registry } from 'prom-client'

/**
 * `GET /metrics` for Prometheus on a port of its own (METRICS_PORT, on METRICS_HOST — 127.0.0.1
 * unless set): the series say how busy each route is, which nobody on the public port needs to
 * know, and a scrape needs no account. Anything else answers 404.
 */
export const startMetricsServer = async (
  registry: Registry,
  { port, host }: { port: number; host: string },
): Promise<Server> => {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end()
      return
    }
    registry
      .metrics()
      .then((text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text))
      .catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return server
}

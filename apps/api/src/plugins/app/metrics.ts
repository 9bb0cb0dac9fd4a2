import fp from 'fastify-plugin'
import { createMetrics } from '../../lib/metrics.ts'
import { listBackups } from '../../modules/backups/backups.service.ts'

/**
 * Counts every answered request for the Prometheus metrics (`lib/metrics.ts`), by the matched
 * route's pattern. Served by `lib/metrics-server.ts` on a port of its own (METRICS_PORT), never
 * on the public one.
 */
export default fp(async (app) => {
  const metrics = createMetrics(app.db.pool)
  app.decorate('metrics', metrics)
  // The newest good backup in this data folder, by the app's clock (fixed in tests).
  metrics.sources.backupAgeSeconds = async () => {
    const { lastGoodAt } = await listBackups(app.config, app.clock())
    return lastGoodAt ? (app.clock().getTime() - Date.parse(lastGoodAt)) / 1000 : null
  }
  app.addHook('onResponse', async (request, reply) => {
    // The pattern (`/api/v1/residents/:id`), never the URL: no ids in labels, and a bounded set.
    const route = request.routeOptions.url ?? 'unmatched'
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000)
  })
})

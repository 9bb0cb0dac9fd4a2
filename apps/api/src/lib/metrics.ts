import type { Pool } from 'pg'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/**
 * The API process's Prometheus metrics (prom-client), one registry per app: the tests build many
 * apps in one process, and the library's global registry would mix them. The series are listed
 * in the README ("Metrics"); `plugins/app/metrics.test.ts` scrapes them and checks every series
 * the README names is there. Labels never hold ids, names or numbers of people: a route is its
 * pattern (`/api/v1/residents/:id`), never the URL asked for.
 */
export const createMetrics = (pool: Pool) => {
  const registry = new Registry()
  // The process: CPU, memory, event loop lag, handles, GC (prom-client's standard names).
  collectDefaultMetrics({ register: registry })

  const requests = new Counter({
    name: 'cr_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status class (2xx…5xx)',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'cr_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const serverErrors = new Counter({
    name: 'cr_http_server_errors_total',
    help: 'Answers with a 5xx status (the database unavailable, a bug), by route pattern',
    labelNames: ['route'] as const,
    registers: [registry],
  })
  new Gauge({
    name: 'cr_db_pool_connections',
    help: 'The database pool: connections open (total), idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, pool.totalCount)
      this.set({ state: 'idle' }, pool.idleCount)
      this.set({ state: 'waiting' }, pool.waitingCount)
    },
  })
  new Gauge({
    name: 'cr_db_pool_max',
    help: 'The most connections the pool opens (DB_POOL_MAX)',
    registers: [registry],
    collect() {
      this.set(pool.options.max ?? 10)
    },
  })
  const queueDepth = new Gauge({
    name: 'cr_import_queue_jobs',
    help: 'Import jobs in this process’s queue: running and waiting',
    labelNames: ['state'] as const,
    registers: [registry],
  })
  const jobDuration = new Histogram({
    name: 'cr_import_job_duration_seconds',
    help: 'Time an import job’s stage (check or commit) took, by ledger type, stage and outcome',
    labelNames: ['type', 'stage', 'outcome'] as const,
    buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
    registers: [registry],
  })
  const importRows = new Counter({
    name: 'cr_import_rows_total',
    help: 'Ledger rows an import stage went through, by ledger type and stage (rate() = rows per second)',
    labelNames: ['type', 'stage'] as const,
    registers: [registry],
  })

  return {
    registry,
    /** One answered request; `route` is the matched pattern, or `unmatched`. */
    observeRequest: (method: string, route: string, status: number, seconds: number) => {
      requests.inc({ method, route, status: `${Math.floor(status / 100)}xx` })
      duration.observe({ method, route }, seconds)
      if (status >= 500) serverErrors.inc({ route })
    },
    queue: {
      depth: (running: number, waiting: number) => {
        queueDepth.set({ state: 'running' }, running)
        queueDepth.set({ state: 'waiting' }, waiting)
      },
      finished: (job: {
        type: string
        stage: string
        outcome: 'done' | 'failed'
        seconds: number
        rows: number
      }) => {
        jobDuration.observe({ type: job.type, stage: job.stage, outcome: job.outcome }, job.seconds)
        importRows.inc({ type: job.type, stage: job.stage }, job.rows)
      },
    },
  }
}

export type TMetrics = ReturnType<typeof createMetrics>
/** What the import queue reports (it knows nothing of Prometheus). */
export type TQueueMetrics = TMetrics['queue']

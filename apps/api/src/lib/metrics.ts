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
  // Read when scraped, from sources the app sets once they exist (the queue, the backups).
  const sources: TMetricSources = {}
  new Gauge({
    name: 'cr_job_queue_jobs',
    help: 'Jobs in the job queue (all processes), by task and state: running, waiting, retrying, failed',
    labelNames: ['task', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset()
      for (const { task, state, jobs } of (await sources.jobDepth?.().catch(() => [])) ?? [])
        this.set({ task, state }, jobs)
    },
  })
  const backgroundJobs = new Histogram({
    name: 'cr_job_duration_seconds',
    help: 'Time a background job took in this process, by task and outcome',
    labelNames: ['task', 'outcome'] as const,
    buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600],
    registers: [registry],
  })
  new Gauge({
    name: 'cr_backup_age_seconds',
    help: 'Seconds since the newest good backup in this data folder was made (no sample: none yet)',
    registers: [registry],
    async collect() {
      this.reset()
      const age = await sources.backupAgeSeconds?.().catch(() => null)
      if (age !== null && age !== undefined) this.set(age)
    },
  })
  const importDuration = new Histogram({
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
    /** Where the scraped gauges read from; set by the plugins that own those sources. */
    sources,
    jobs: {
      finished: (task: string, outcome: 'done' | 'failed', seconds: number) =>
        backgroundJobs.observe({ task, outcome }, seconds),
    },
    imports: {
      finished: (job: {
        type: string
        stage: string
        outcome: 'done' | 'failed'
        seconds: number
        rows: number
      }) => {
        importDuration.observe(
          { type: job.type, stage: job.stage, outcome: job.outcome },
          job.seconds,
        )
        importRows.inc({ type: job.type, stage: job.stage }, job.rows)
      },
    },
  }
}

/** Read on each scrape: the job queue's depth, and the age of the newest good backup. */
export type TMetricSources = {
  jobDepth?: () => Promise<{ task: string; state: string; jobs: number }[]>
  backupAgeSeconds?: () => Promise<number | null>
}

export type TMetrics = ReturnType<typeof createMetrics>

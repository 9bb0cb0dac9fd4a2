// The API's background work on graphile-worker, a PostgreSQL-backed job queue (why this one:
// ARCHITECTURE.md, "Background jobs"). A job is a row in the database: it is taken by exactly
// one worker of one process (`FOR UPDATE SKIP LOCKED`), survives a restart, starts at once in
// any process (LISTEN/NOTIFY), and is run again by the queue's own rules when a process stopped
// while running it. Scheduled work is graphile-worker's cron: one job per tick, however many
// processes run. Nothing here locks, retries or schedules by itself.
import type { FastifyBaseLogger } from 'fastify'
import {
  Logger,
  makeWorkerUtils,
  parseCronItems,
  run,
  type Runner,
  type Task,
  type WorkerUtils,
} from 'graphile-worker'
import pg from 'pg'
import type { TAnyJobTask } from './job-task.ts'

export type TJobMetrics = {
  finished: (task: string, outcome: 'done' | 'failed', seconds: number) => void
}

export type TJobQueueOptions<TDeps> = {
  connectionString: string
  deps: TDeps
  tasks: TAnyJobTask<TDeps>[]
  log: FastifyBaseLogger
  /**
   * This process is the only one using the database (the embedded default). Jobs still locked
   * when it starts were then left by an earlier run of it that stopped without finishing them
   * (a power cut): they are handed back to the queue at once (graphile-worker's
   * `forceUnlockWorkers`) instead of after the queue's four-hour lock timeout.
   */
  onlyProcess: boolean
  /** Scheduled tasks on (the server) or off (most tests: they add the jobs they mean to run). */
  schedules: boolean
  metrics?: TJobMetrics
}

export type TJobDepth = {
  task: string
  state: 'running' | 'waiting' | 'retrying' | 'failed'
  jobs: number
}

/** Connections the queue opens per process besides the app's pool (README, "Hosted"). */
export const jobQueueConnections = 4
/** Permanently failed jobs are kept this long for a look, then deleted by the queue's cleanup. */
const keepFailedDays = 7
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const createJobQueue = <TDeps>(options: TJobQueueOptions<TDeps>) => {
  const { log } = options
  // Its own small pool: each worker holds one connection for LISTEN, and job fetches must not
  // wait behind requests in the app's pool (nor requests behind them).
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: jobQueueConnections,
    application_name: 'cr-job-queue',
  })
  // A connection lost (the database restarting) must be logged, never crash the process.
  const lost = (error: Error) => log.warn({ err: error }, 'job queue: a connection was lost')
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
  const logger = new Logger((scope) => (level, message) => {
    const fields = { jobQueue: { task: scope.taskIdentifier, jobId: scope.jobId } }
    if (level === 'error') log.error(fields, message)
    else if (level === 'warning') log.warn(fields, message)
    else log.debug(fields, message)
  })

  let utils: WorkerUtils | undefined
  let runners: Runner[] = []
  let stopping = false
  let broken: Error | undefined
  let active = 0

  const housekeeping: TAnyJobTask<TDeps> = {
    name: 'job-queue-cleanup',
    lane: 'maintenance',
    schedule: '17 3 * * *',
    payload: () => undefined,
    run: async () => {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id::text FROM graphile_worker.jobs
         WHERE attempts >= max_attempts AND locked_at IS NULL
           AND updated_at < now() - make_interval(days => $1)`,
        [keepFailedDays],
      )
      if (rows.length) await utils!.completeJobs(rows.map((r) => r.id))
    },
  }
  const tasks = [...options.tasks, housekeeping]
  const names = tasks.map((t) => t.name)

  const handler =
    (task: TAnyJobTask<TDeps>): Task =>
    async (payload, helpers) => {
      const started = performance.now()
      active++
      try {
        await task.run(options.deps, task.payload(payload), {
          jobId: helpers.job.id,
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
          signal: helpers.abortSignal ?? new AbortController().signal,
        })
        options.metrics?.finished(task.name, 'done', (performance.now() - started) / 1000)
      } catch (error) {
        options.metrics?.finished(task.name, 'failed', (performance.now() - started) / 1000)
        throw error
      } finally {
        active--
      }
    }
  const lane = (name: TAnyJobTask<TDeps>['lane']) =>
    Object.fromEntries(tasks.filter((t) => t.lane === name).map((t) => [t.name, handler(t)]))
  const cron = () =>
    parseCronItems(
      tasks
        .filter((t) => t.schedule)
        .map((t) => ({
          task: t.name,
          match: t.schedule!,
          identifier: t.name,
          // A tick missed while every process was down is not made up: each scheduled task
          // checks what is due itself (a backup, a purge).
          options: { backfillPeriod: 0, maxAttempts: t.maxAttempts ?? 1, jobKey: t.name },
        })),
    )

  /** Sends jobs that a process which is gone left locked back to the queue (see onlyProcess). */
  const unlockLeftovers = async () => {
    const { rows } = await pool.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM graphile_worker.jobs WHERE locked_by IS NOT NULL`,
    )
    if (!rows.length) return
    await utils!.forceUnlockWorkers(rows.map((r) => r.locked_by))
    log.warn({ workers: rows.length }, 'job queue: jobs left running by an earlier start run again')
  }

  const startRunner = async (name: TAnyJobTask<TDeps>['lane'], withCron: boolean) => {
    const runner = await run({
      pgPool: pool,
      logger,
      concurrency: 1,
      noHandleSignals: true,
      // New jobs start at once through LISTEN/NOTIFY; the poll picks up retries and run_at.
      pollInterval: 2_000,
      taskList: lane(name),
      parsedCronItems: withCron ? cron() : [],
    })
    runner.promise.catch((error: unknown) => {
      if (stopping) return
      broken = error instanceof Error ? error : new Error(String(error))
      log.error({ err: broken, lane: name }, 'job queue: a worker stopped')
    })
    return runner
  }

  return {
    start: async () => {
      utils = await makeWorkerUtils({ pgPool: pool, logger })
      if (options.onlyProcess) await unlockLeftovers()
      runners = await Promise.all([
        startRunner('imports', false),
        startRunner('maintenance', options.schedules),
      ])
    },
    /**
     * Queues a job. With `client`, inside that client's transaction: the job exists exactly when
     * the transaction that asked for it commits (an import job and its run are one fact).
     * `key` makes it one job of that key at a time: a second add replaces the waiting one.
     */
    add: async (
      task: string,
      payload: unknown,
      spec: { key?: string; runAt?: Date } = {},
      client: Pick<pg.PoolClient, 'query'> = pool,
    ) => {
      const known = tasks.find((t) => t.name === task)
      if (!known) throw new Error(`no job task named ${task}`)
      await client.query(
        `SELECT graphile_worker.add_job($1, $2::json, max_attempts => $3, job_key => $4,
           run_at => $5)`,
        [
          task,
          JSON.stringify(payload ?? {}),
          known.maxAttempts ?? 3,
          spec.key ?? null,
          spec.runAt ?? null,
        ],
      )
    },
    /**
     * Resolves when no job of ours is waiting, running or due to run again, in any process
     * (tests, and the import bench: "the import is done").
     */
    idle: async () => {
      for (;;) {
        const { rows } = await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM graphile_worker.jobs
           WHERE task_identifier = ANY($1) AND (attempts < max_attempts OR locked_at IS NOT NULL)`,
          [names],
        )
        if (rows[0]!.n === 0 && active === 0) return
        await sleep(20)
      }
    },
    /** For readiness: the workers run (null), or why they do not. */
    problem: (): string | null =>
      broken ? broken.message : stopping ? 'stopped' : runners.length === 0 ? 'not started' : null,
    /** The queue's jobs by task and state, for the metrics. */
    depth: async (): Promise<TJobDepth[]> => {
      const { rows } = await pool.query<{ task: string; state: TJobDepth['state']; jobs: number }>(
        `SELECT task_identifier AS task,
           CASE WHEN locked_at IS NOT NULL THEN 'running'
                WHEN attempts >= max_attempts THEN 'failed'
                WHEN attempts > 0 THEN 'retrying'
                ELSE 'waiting' END AS state,
           count(*)::int AS jobs
         FROM graphile_worker.jobs GROUP BY 1, 2`,
      )
      return rows
    },
    /** On shutdown: no new job starts; a running one finishes (or the queue runs it again). */
    stop: async () => {
      if (stopping) return
      stopping = true
      await Promise.allSettled(runners.map((r) => r.stop()))
      runners = []
      await utils?.release()
      await pool.end()
    },
  }
}

export type TJobQueue = ReturnType<typeof createJobQueue>

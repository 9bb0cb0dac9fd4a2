import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { TActor } from '../lib/actor.ts'
import type { TDb } from '../lib/db-types.ts'
import type { TJobQueue } from '../jobs/job-queue.ts'
import type { TJobTask } from '../jobs/job-task.ts'
import { problemMessage } from './import-messages.ts'
import type { TLedgerRegistry } from './ledger-registry.ts'
import { runJob, type TRunRequest } from './run-job.ts'

/** The request as it travels in the queue: JSON, so the actor's permissions as a list. */
const ZRunPayload = z.object({
  jobId: z.string(),
  stage: z.enum(['validate', 'commit']),
  actor: z.looseObject({ permissions: z.array(z.string()) }),
  meta: z.object({ requestId: z.string(), clientIp: z.string() }),
})

/** States a run leaves a job in only while it runs: a job in one of them has not finished. */
const unfinished = new Set(['queued', 'validating', 'committing'])

/**
 * One run of an import job (a check or a commit) on the job queue's `imports` lane: one at a
 * time per process, each job in exactly one process. A run that fails marks the import failed
 * (`import_failed`): a run is deterministic, so running it again would only fail again. The
 * queue runs a job again only when the process running it stopped first (a commit's transaction
 * then rolled back; a finished job is not run twice: see `unfinished`).
 */
export const importRunTask: TJobTask<FastifyInstance, TRunRequest> = {
  name: 'import-run',
  lane: 'imports',
  maxAttempts: 3,
  payload: (value) => {
    const { actor, ...request } = ZRunPayload.parse(value)
    return {
      ...request,
      actor: { ...actor, permissions: new Set(actor.permissions) } as unknown as TActor,
    }
  },
  run: async (app, request, helpers) => {
    const { prisma } = app.db
    const where = { id: request.jobId }
    const before = await prisma.importJob.findUnique({ where, select: { status: true } })
    if (!before || !unfinished.has(before.status)) return
    if (helpers.attempt > 1)
      app.log.warn({ jobId: request.jobId, attempt: helpers.attempt }, 'import job run again')
    const startedAt = performance.now()
    const deps = { db: app.db, cipher: app.cipher, today: app.today, ledgers: app.imports.ledgers }
    let outcome: 'done' | 'failed' = 'done'
    try {
      await runJob(deps, request)
    } catch (error) {
      outcome = 'failed'
      app.log.error({ err: error, jobId: request.jobId }, 'import job failed')
      await prisma.importJob.update({
        where,
        data: {
          status: 'failed',
          errorCode: 'import_failed',
          errorMessage: problemMessage('import_failed'),
          version: { increment: 1 },
        },
      })
    }
    const job = await prisma.importJob.findUnique({
      where,
      select: { type: true, processed: true },
    })
    app.metrics.imports.finished({
      type: job?.type ?? 'unknown',
      stage: request.stage,
      outcome,
      seconds: (performance.now() - startedAt) / 1000,
      rows: job?.processed ?? 0,
    })
  },
}

/**
 * At start: an import left unfinished with no run in the queue to finish it can never end by
 * itself — the database was restored from a backup (the queue is not in backups), or the queue
 * gave up on it after a process stopped during each of its runs. Marked `import_interrupted`, so
 * a clerk sees it and starts it again. A job whose run is still queued, running or due again is
 * left to the queue (a queued import and its run are created in one transaction).
 */
export const failOrphanedImports = async (db: TDb) => {
  const { rowCount } = await db.pool.query(
    `UPDATE import_job i SET status = 'failed', error_code = 'import_interrupted',
       error_message = $1, version = i.version + 1, updated_at = now()
     WHERE i.status IN ('queued', 'validating', 'committing')
       AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs g
         WHERE g.key = 'import:' || i.id AND (g.attempts < g.max_attempts OR g.locked_at IS NOT NULL))`,
    [problemMessage('import_interrupted')],
  )
  return rowCount ?? 0
}

/** What the import routes and services use: the ledger types, and queuing a run. */
export const createImportQueue = (jobs: TJobQueue, ledgers: TLedgerRegistry) => ({
  ledgers,
  /** Queues a run; with `client`, in that client's transaction (job-queue.ts `add`). */
  enqueue: (request: TRunRequest, client?: Parameters<TJobQueue['add']>[3]) =>
    jobs.add(
      importRunTask.name,
      { ...request, actor: { ...request.actor, permissions: [...request.actor.permissions] } },
      { key: `import:${request.jobId}` },
      client,
    ),
  /** Resolves when no job is waiting or running (tests). */
  idle: () => jobs.idle(),
})

export type TImportQueue = ReturnType<typeof createImportQueue>

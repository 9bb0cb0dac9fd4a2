import type { FastifyBaseLogger } from 'fastify'
import type { TQueueMetrics } from '../lib/metrics.ts'
import { problemMessage } from './import-messages.ts'
import { runJob, type TRunDeps, type TRunRequest } from './run-job.ts'

/**
 * Runs import jobs in the API process, one at a time (a run is CPU- and database-heavy; two at
 * once on a two-core office server would only slow both), without holding any request open:
 * the request that starts a job answers 202 at once and clients poll the job. Jobs left
 * half-way by a stop are marked failed on the next start; nothing of theirs was committed.
 */
export const createImportQueue = (
  deps: TRunDeps,
  log: FastifyBaseLogger,
  metrics?: TQueueMetrics,
) => {
  const pending: TRunRequest[] = []
  let running: Promise<void> | null = null
  let idle: (() => void)[] = []
  const depth = () => metrics?.depth(running ? 1 : 0, pending.length)

  /** The stage's time and the rows it went through, for the metrics (read back from the job). */
  const finished = async (request: TRunRequest, startedAt: number, outcome: 'done' | 'failed') => {
    if (!metrics) return
    const job = await deps.db.prisma.importJob
      .findUnique({ where: { id: request.jobId }, select: { type: true, processed: true } })
      .catch(() => null)
    metrics.finished({
      type: job?.type ?? 'unknown',
      stage: request.stage,
      outcome,
      seconds: (performance.now() - startedAt) / 1000,
      rows: job?.processed ?? 0,
    })
  }

  const next = () => {
    if (running) return
    const request = pending.shift()
    if (!request) {
      depth()
      for (const resolve of idle) resolve()
      idle = []
      return
    }
    const startedAt = performance.now()
    running = runJob(deps, request)
      .then(() => finished(request, startedAt, 'done'))
      .catch(async (error: unknown) => {
        log.error({ err: error, jobId: request.jobId }, 'import job failed')
        await deps.db.prisma.importJob
          .update({
            where: { id: request.jobId },
            data: {
              status: 'failed',
              errorCode: 'import_failed',
              errorMessage: problemMessage('import_failed'),
              version: { increment: 1 },
            },
          })
          .catch(() => undefined)
        await finished(request, startedAt, 'failed')
      })
      .finally(() => {
        running = null
        next()
      })
    depth()
  }

  return {
    /** The ledger types this queue runs (the app's registry). */
    ledgers: deps.ledgers,
    enqueue: (request: TRunRequest) => {
      // The upload's bytes ride along only into a run that starts now: a job that waits reads
      // its file back when its turn comes, so a burst of uploads is not held in memory.
      const { content, ...waiting } = request
      pending.push(running || pending.length || !content ? waiting : { ...waiting, content })
      next()
    },
    /** Resolves when nothing is running or waiting (tests, shutdown). */
    idle: () =>
      running || pending.length
        ? new Promise<void>((resolve) => idle.push(resolve))
        : Promise.resolve(),
    /** Jobs a previous process left running or waiting cannot resume: say so. */
    recover: () =>
      deps.db.prisma.importJob.updateMany({
        where: { status: { in: ['queued', 'validating', 'committing'] } },
        data: {
          status: 'failed',
          errorCode: 'import_interrupted',
          errorMessage: problemMessage('import_interrupted'),
        },
      }),
    /** On shutdown: forget what has not started; the running job finishes or rolls back. */
    stop: async () => {
      pending.length = 0
      await running
    },
  }
}

export type TImportQueue = ReturnType<typeof createImportQueue>

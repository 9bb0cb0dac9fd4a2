import fp from 'fastify-plugin'
import { createImportQueue, failOrphanedImports } from '../../imports/job-queue.ts'
import { jobTasks } from '../../job-tasks.ts'
import { createJobQueue } from '../../jobs/job-queue.ts'
import { ledgerTypes } from '../../ledger-types.ts'
import { queueKeyRotation } from '../../lib/crypto/key-rotation.task.ts'

/**
 * The job queue (jobs/job-queue.ts) running the app's tasks (src/job-tasks.ts), and the import
 * queue on it. The workers start when the app is ready and stop, letting a running job finish,
 * when it closes. At start the upload retention runs once (then hourly by its schedule), and
 * imports that no queued run will finish are marked interrupted; after a key rotation, the
 * re-encryption of older rows is queued.
 */
export default fp(async (app) => {
  const jobs = createJobQueue({
    connectionString: app.db.pool.options.connectionString!,
    deps: app,
    tasks: jobTasks,
    log: app.log,
    onlyProcess: !app.config.databaseUrl,
    schedules: app.config.jobSchedules,
    metrics: app.metrics.jobs,
  })
  app.decorate('jobs', jobs)
  app.decorate('imports', createImportQueue(jobs, ledgerTypes))
  app.metrics.sources.jobDepth = jobs.depth
  app.addHook('onReady', async () => {
    await jobs.start()
    const interrupted = await failOrphanedImports(app.db)
    if (interrupted)
      app.log.warn({ interrupted }, 'imports without a queued run marked interrupted')
    await jobs.add('upload-retention', undefined, { key: 'upload-retention' })
    await queueKeyRotation(app)
  })
  app.addHook('onClose', async () => {
    await jobs.stop()
  })
})

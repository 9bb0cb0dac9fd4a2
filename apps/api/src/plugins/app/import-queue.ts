import fp from 'fastify-plugin'
import { createImportQueue } from '../../imports/job-queue.ts'
import { ledgerTypes } from '../../ledger-types.ts'

/**
 * The import job queue, running the app's ledger types: jobs a previous process left unfinished
 * are marked on start.
 */
export default fp(async (app) => {
  const queue = createImportQueue(
    { db: app.db, cipher: app.cipher, today: app.today, ledgers: ledgerTypes },
    app.log,
    app.metrics.queue,
  )
  app.decorate('imports', queue)
  app.addHook('onReady', async () => {
    await queue.recover()
  })
  app.addHook('onClose', async () => {
    await queue.stop()
  })
})

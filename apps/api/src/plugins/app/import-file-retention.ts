import fp from 'fastify-plugin'
import { createFileRetention } from '../../imports/file-retention.ts'

/** Stored uploads are deleted when their retention ends: at start and every hour. */
export default fp(async (app) => {
  const retention = createFileRetention({ db: app.db, cipher: app.cipher }, app.log)
  app.addHook('onReady', async () => {
    retention.start()
  })
  app.addHook('onClose', async () => {
    await retention.stop()
  })
})

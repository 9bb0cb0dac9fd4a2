import fp from 'fastify-plugin'
import { createFileRetention } from '../../imports/file-retention.ts'
import { getImportFileRetentionDays } from '../../modules/settings/settings.service.ts'

/** Stored uploads are deleted when their retention ends: at start and every hour. */
export default fp(async (app) => {
  const retention = createFileRetention(
    {
      db: app.db,
      cipher: app.cipher,
      retentionDays: (db) => getImportFileRetentionDays(db.prisma),
    },
    app.log,
  )
  app.addHook('onReady', async () => {
    retention.start()
  })
  app.addHook('onClose', async () => {
    await retention.stop()
  })
})

import fp from 'fastify-plugin'
import { createBackupSchedule } from '../../modules/backups/schedule.ts'

/** Scheduled backups (modules/backups/schedule.ts), when the config turns them on. */
export default fp(async (app) => {
  const schedule = app.config.backupSchedule
  if (!schedule || !app.config.backupKey) return
  const backups = createBackupSchedule(
    { config: app.config, connectionString: app.db.pool.options.connectionString!, schedule },
    app.log,
    { now: app.clock },
  )
  app.addHook('onReady', async () => backups.start())
  app.addHook('onClose', async () => backups.stop())
})

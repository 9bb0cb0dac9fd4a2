import type { FastifyInstance } from 'fastify'
import type { TJobTask } from '../../jobs/job-task.ts'
import { backupIfDue } from './schedule.ts'

/**
 * Scheduled backups (schedule.ts), when the config turns them on (BACKUP_EVERY_HOURS and a key).
 * A backup is written into the data folder (DATA_DIR/backups) of the process that runs the job:
 * hosted with several processes, leave backups to the database provider (README, "Hosted").
 */
export const scheduledBackupTask: TJobTask<FastifyInstance, undefined> = {
  name: 'backup-scheduled',
  lane: 'maintenance',
  schedule: '5 * * * *',
  payload: () => undefined,
  run: async (app) => {
    const schedule = app.config.backupSchedule
    if (!schedule || !app.config.backupKey) return
    await backupIfDue(
      { config: app.config, connectionString: app.db.pool.options.connectionString!, schedule },
      app.clock(),
      app.log,
    )
  },
}

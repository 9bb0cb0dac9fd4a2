import type { FastifyInstance } from 'fastify'
import type { TJobTask } from '../../jobs/job-task.ts'
import { getImportFileRetentionDays } from '../settings/settings.service.ts'
import { runFileRetention } from '../../imports/file-retention.ts'

/** Stored uploads past their retention (系统设置) are deleted every hour, and once at start. */
export const uploadRetentionTask: TJobTask<FastifyInstance, undefined> = {
  name: 'upload-retention',
  lane: 'maintenance',
  schedule: '35 * * * *',
  payload: () => undefined,
  run: (app) =>
    runFileRetention(
      {
        db: app.db,
        cipher: app.cipher,
        retentionDays: (db) => getImportFileRetentionDays(db.prisma),
      },
      app.clock(),
      app.log,
    ),
}

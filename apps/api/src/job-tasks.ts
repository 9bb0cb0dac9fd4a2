import type { FastifyInstance } from 'fastify'
import { uploadRetentionTask } from './modules/imports/upload-retention.task.ts'
import { importRunTask } from './imports/job-queue.ts'
import type { TAnyJobTask } from './jobs/job-task.ts'
import { keyRotationTask } from './lib/crypto/key-rotation.task.ts'
import { scheduledBackupTask } from './modules/backups/backup.task.ts'
import { reminderStatesTask } from './modules/reminders/reminder-states.task.ts'

/** Every kind of background work the API runs on its job queue (plugins/app/job-queue.ts). */
export const jobTasks: TAnyJobTask<FastifyInstance>[] = [
  importRunTask,
  uploadRetentionTask,
  scheduledBackupTask,
  reminderStatesTask,
  keyRotationTask,
]

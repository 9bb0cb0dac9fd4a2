// Backups on a schedule: every hour the queue runs `backup.task.ts`, which checks whether the
// newest good backup is older than `everyHours`; if so it makes one, then deletes what the
// retention no longer keeps. The queue's cron makes one job per hour however many processes run.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { FastifyBaseLogger } from 'fastify'
import type { TConfig } from '../../config.ts'
import { backupDir, listBackups, makeBackup } from './backups.service.ts'
import { backupsToDelete, type TRetention } from './retention.ts'

export type TBackupSchedule = { everyHours: number } & TRetention

/** Makes a backup when the newest good one is older than the schedule allows; applies retention. */
export async function backupIfDue(
  deps: { config: TConfig; connectionString: string; schedule: TBackupSchedule },
  now: Date,
  log: Pick<FastifyBaseLogger, 'info'>,
) {
  const { items } = await listBackups(deps.config, now)
  const newest = items.find((b) => b.status === 'ok' && b.createdAt)?.createdAt
  const dueAt = newest ? Date.parse(newest) + deps.schedule.everyHours * 3_600_000 : 0
  if (now.getTime() < dueAt) return
  const made = await makeBackup(deps.config, deps.connectionString, now)
  log.info({ backup: made.name, bytes: made.bytes }, 'scheduled backup made')
  const { items: all } = await listBackups(deps.config, now)
  for (const name of backupsToDelete(all, deps.schedule)) {
    await fs.rm(path.join(backupDir(deps.config), name), { force: true })
    log.info({ backup: name }, 'backup past its retention deleted')
  }
}

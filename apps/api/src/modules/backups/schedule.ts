// Backups on a schedule, in the API process: every hour it checks whether the newest good
// backup is older than `everyHours`; if so it makes one, then deletes what the retention no
// longer keeps. In-process on purpose for the one-machine office; issue 17 moves scheduled work
// to a PostgreSQL-backed job queue for several processes (then it runs once, not per process).
import fs from 'node:fs/promises'
import path from 'node:path'
import type { FastifyBaseLogger } from 'fastify'
import type { TConfig } from '../../config.ts'
import { backupDir, listBackups, makeBackup } from './backups.service.ts'
import { backupsToDelete, type TRetention } from './retention.ts'

export type TBackupSchedule = { everyHours: number } & TRetention

export function createBackupSchedule(
  deps: { config: TConfig; connectionString: string; schedule: TBackupSchedule },
  log: FastifyBaseLogger,
  options: { checkEveryMs?: number; now: () => Date },
) {
  const now = options.now
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | null = null
  const tick = () => {
    if (running) return running
    running = (async () => {
      const { items } = await listBackups(deps.config, now())
      const newest = items.find((b) => b.status === 'ok' && b.createdAt)?.createdAt
      const dueAt = newest ? Date.parse(newest) + deps.schedule.everyHours * 3_600_000 : 0
      if (now().getTime() < dueAt) return
      const made = await makeBackup(deps.config, deps.connectionString, now())
      log.info({ backup: made.name, bytes: made.bytes }, 'scheduled backup made')
      const { items: all } = await listBackups(deps.config, now())
      for (const name of backupsToDelete(all, deps.schedule)) {
        await fs.rm(path.join(backupDir(deps.config), name), { force: true })
        log.info({ backup: name }, 'backup past its retention deleted')
      }
    })()
      .catch((error: unknown) => log.error({ err: error }, 'scheduled backup failed'))
      .finally(() => {
        running = null
      })
    return running
  }
  return {
    /** For tests: one check now. */
    tick,
    start: () => {
      void tick()
      timer = setInterval(() => void tick(), options.checkEveryMs ?? 3_600_000)
      timer.unref()
    },
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}

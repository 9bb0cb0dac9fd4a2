import type { FastifyBaseLogger } from 'fastify'
import type { TBytesCipher } from '../lib/crypto/bytes-cipher.ts'
import type { TDb } from '../lib/db-types.ts'
import { encryptPlainFiles } from './stored-file.ts'

const dayMs = 86_400_000

/** Reads the retention setting (系统设置) when a purge runs: given by the app, which owns settings. */
export type TRetentionDays = (db: TDb) => Promise<number>
/** Files deleted per statement: a batch of large files stays well inside the pool's timeout. */
const batch = 10

/**
 * Deletes the stored uploads of jobs created more than the retention setting's days before
 * `now`, and records it: `import_job.file_purged_at` and one audit row per file (actor
 * `system`). The job keeps its counts, mapping and problems; undo needs only the job's
 * `import_record` rows, so it still works. Jobs running or waiting keep their file, and the job
 * row is locked while its file goes, so a check or commit being claimed at that moment either
 * sees the file or sees it purged (imports.service.ts `claim`). Returns how many were deleted.
 */
export const purgeExpiredFiles = async (
  db: TDb,
  now: Date,
  retentionDaysOf: TRetentionDays,
): Promise<number> => {
  const retentionDays = await retentionDaysOf(db)
  const cutoff = new Date(now.getTime() - retentionDays * dayMs)
  let purged = 0
  for (;;) {
    const { rowCount } = await db.pool.query(
      `WITH expired AS (
         SELECT id FROM import_job
         WHERE file_purged_at IS NULL AND created_at < $1
           AND status NOT IN ('queued', 'validating', 'committing')
         ORDER BY created_at LIMIT ${batch}
         FOR UPDATE SKIP LOCKED),
       gone AS (DELETE FROM import_file f USING expired e WHERE f.job_id = e.id),
       marked AS (
         UPDATE import_job j SET file_purged_at = $2, version = j.version + 1, updated_at = now()
         FROM expired e WHERE j.id = e.id
         RETURNING j.id, j.committee_id, j.file_name)
       INSERT INTO audit_event (id, occurred_at, actor_type, action, entity_type, entity_id,
         committee_id, before, reason)
       SELECT uuid_v7(), now(), 'system', 'delete', 'import_file', m.id::text, m.committee_id,
         jsonb_build_object('fileName', m.file_name), $3
       FROM marked m`,
      [cutoff, now, `上传文件保留期满（${retentionDays} 天），自动删除`],
    )
    purged += rowCount ?? 0
    if ((rowCount ?? 0) < batch) return purged
  }
}

/**
 * The scheduled purge (file-retention.task.ts): first encrypts any upload an earlier version
 * stored in the clear (none after the first run), then deletes what the retention no longer
 * keeps. Safe in several processes at once: the row locks keep two from deleting one file.
 */
export const runFileRetention = async (
  deps: { db: TDb; cipher: TBytesCipher; retentionDays: TRetentionDays },
  now: Date,
  log: Pick<FastifyBaseLogger, 'info'>,
) => {
  const encrypted = await encryptPlainFiles(deps.db.pool, deps.cipher)
  if (encrypted) log.info({ encrypted }, 'stored uploads encrypted')
  const purged = await purgeExpiredFiles(deps.db, now, deps.retentionDays)
  if (purged) log.info({ purged }, 'stored uploads past their retention deleted')
}

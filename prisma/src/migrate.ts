// Applies pending migrations from prisma/migrations, as `prisma migrate deploy` does, through
// the WebAssembly schema engine (the native CLI engine cannot be downloaded here).
// The engine itself does the bookkeeping: it takes an advisory lock, creates and fills
// `_prisma_migrations` (id, sha256 checksum, started/finished_at, logs, applied_steps_count),
// refuses to continue after a failed migration (P3009) and skips applied ones — so this is
// idempotent and compatible with the native CLI on another machine.
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { openSchemaEngine } from './engine/load.ts'
import { installJobQueue } from './job-queue.ts'
import { withWholeScripts } from './engine/script-adapter.ts'
import { listMigrations } from './migrations-dir.ts'
import { migrationsDir as defaultMigrationsDir } from './paths.ts'

export interface ApplyMigrationsOptions {
  connectionString: string
  /** Defaults to `prisma/migrations`. */
  migrationsDir?: string
  /** Apply only up to this migration (inclusive), e.g. to restore a backup made at it. */
  upTo?: string
  /**
   * Also install the job queue's schema (job-queue.ts) once the migrations are applied. By
   * default only for the real, complete schema: not for a migrations folder of a test or a
   * restore up to an older migration.
   */
  jobQueue?: boolean
}

/** Applies every pending migration; returns the names applied now (empty if up to date). */
export async function applyMigrations({
  connectionString,
  migrationsDir,
  upTo,
  jobQueue = migrationsDir === undefined && upTo === undefined,
}: ApplyMigrationsOptions): Promise<string[]> {
  const migrationsList = await listMigrations(migrationsDir ?? defaultMigrationsDir)
  if (upTo !== undefined) {
    const last = migrationsList.migrationDirectories.findIndex((m) => m.path === upTo)
    if (last === -1) throw new Error(`No migration named ${upTo}`)
    migrationsList.migrationDirectories = migrationsList.migrationDirectories.slice(0, last + 1)
  }
  // One connection, like the native engine: its `pg_advisory_lock` is session-scoped and is
  // never explicitly released, so a second call on another pooled connection would wait
  // forever for the lock held by the first. It also keeps SET statements in a migration
  // visible to the rest of it. We own the pool so that ending it closes that session —
  // `CREATE DATABASE … TEMPLATE` needs the template to have no connections left.
  const pool = new pg.Pool({ connectionString, max: 1, application_name: 'cr-db-migrate' })
  let applied: string[]
  pool.on('error', () => {}) // an idle-connection error must not crash the process
  try {
    const engine = await openSchemaEngine(
      bindMigrationAwareSqlAdapterFactory(withWholeScripts(new PrismaPg(pool))),
    )
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      })
      applied = appliedMigrationNames
    } finally {
      engine.free()
    }
  } finally {
    await pool.end()
  }
  if (jobQueue) await installJobQueue(connectionString)
  return applied
}

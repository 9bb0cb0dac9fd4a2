// The job queue's schema (graphile-worker's `graphile_worker` schema: its tables, functions and
// its own migration history). graphile-worker owns that schema and migrates it itself; we only
// say when: after our own migrations, wherever those run (server start, `pnpm db:migrate`, the
// tests' template), so a process never starts its workers on a half-installed queue and every
// test database cloned from the template already has it.
import { Logger, runMigrations } from 'graphile-worker'

/** graphile-worker's own log lines, at warning and above, on stderr. */
const quiet = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[job queue] ${message}`)
})

/**
 * Installs or upgrades the job queue's schema. Idempotent (graphile-worker records what it has
 * applied and takes a lock while it migrates). Needs nothing beyond the database owner's rights:
 * no extension, no superuser (migrate-owner.test.ts runs it as a plain owner).
 */
export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quiet, maxPoolSize: 1 })
}

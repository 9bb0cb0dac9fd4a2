// The one way the application talks to PostgreSQL: a pg.Pool and a PrismaClient on top of it.
// Sharing one pool (PrismaPg accepts a pg.Pool instance in 7.10 and then neither creates
// nor ends its own) means one connection limit, one set of session settings, and raw SQL
// through `pool.query` for what Prisma cannot express (full-text search, locks, reports).
//
// Other packages import the client and its types from here, never from the generated
// folder: `import { createDb, Prisma, type Committee } from '@cr/db/client'`.
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient } from '../generated/client/client.ts'

export * from '../generated/client/client.ts'

export interface DbOptions {
  connectionString: string
  /** Server-side limit per statement (PostgreSQL `statement_timeout`). Default 5000 ms. */
  statementTimeoutMs?: number
  /** Kills a session left idle inside a transaction (a leaked transaction holds locks). Default 10000 ms. */
  idleInTransactionTimeoutMs?: number
  /** Shown in pg_stat_activity; tells the API, workers and scripts apart. */
  applicationName?: string
  /** Pool size. Default 10 (pg's default). */
  max?: number
  /** Called for errors of idle pooled connections (e.g. the server restarted). Default: one line on stderr. */
  onIdleError?: (error: Error) => void
}

export interface Db {
  prisma: PrismaClient
  pool: pg.Pool
  /** Disconnects Prisma and ends the pool. Safe to call more than once. */
  close(): Promise<void>
}

export function createDb(options: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    // Fail fast when the database is down or the pool is exhausted, instead of hanging requests.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    // Sent in the startup packet, so they apply to every connection with no extra round trip.
    statement_timeout: options.statementTimeoutMs ?? 5000,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'cr',
  })
  // Without a listener, an 'error' on an idle client (server restart, network cut) is an
  // unhandled 'error' event and kills the process. The pool discards that client itself.
  pool.on(
    'error',
    options.onIdleError ??
      ((error) => console.error(`[db] idle connection error: ${error.message}`)),
  )

  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) })
  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      await prisma.$disconnect()
      await pool.end()
    })())
  return { prisma, pool, close }
}

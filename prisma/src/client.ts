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
import { deadlineClient, resetQueryTimeout } from './deadline-client.ts'
import { dbLimitDefaults } from './limits.ts'
import { createPing, type TPing } from './ping.ts'

export * from '../generated/client/client.ts'
export { queryTimeoutMessage, setQueryTimeout } from './deadline-client.ts'
export { dbLimitDefaults } from './limits.ts'

export interface DbOptions {
  connectionString: string
  /** Server-side limit per statement (PostgreSQL `statement_timeout`). Default 5000 ms. */
  statementTimeoutMs?: number
  /**
   * Client-side limit per query; past it the connection is closed and discarded (see
   * deadline-client.ts). Default: the statement timeout + 1000 ms. `setQueryTimeout` changes it
   * for one checked-out client.
   */
  queryTimeoutMs?: number
  /** Limit on opening a connection and on waiting for a pooled one. Default 2000 ms. */
  connectTimeoutMs?: number
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
  /**
   * Opens a connection of its own and runs `SELECT 1` within `timeoutMs` (readiness): fails
   * fast even when the pool is exhausted by queries waiting on a hung server.
   */
  ping: TPing
  /** Disconnects Prisma and ends the pool. Safe to call more than once. */
  close(): Promise<void>
}

export function createDb(options: DbOptions): Db {
  const statementTimeoutMs = options.statementTimeoutMs ?? dbLimitDefaults.statementTimeoutMs
  const queryTimeoutMs =
    options.queryTimeoutMs ?? statementTimeoutMs + dbLimitDefaults.queryTimeoutMarginMs
  const connection = {
    connectionString: options.connectionString,
    // Sent in the startup packet, so they apply to every connection with no extra round trip.
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'cr',
    // Finds idle connections to a host that vanished (no reset ever arrives) before a request
    // picks one up. It cannot see a frozen server, whose kernel still answers: the query
    // deadline covers that.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  }
  const pool = new pg.Pool({
    ...connection,
    Client: deadlineClient(queryTimeoutMs),
    max: options.max ?? 10,
    // Fail fast when the database is down or the pool is exhausted, instead of hanging requests:
    // pg-pool applies it both to connecting and to waiting for a free connection.
    connectionTimeoutMillis: options.connectTimeoutMs ?? dbLimitDefaults.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
  })
  pool.on('release', (_error, client) => resetQueryTimeout(client))
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
  const ping = createPing({
    ...connection,
    application_name: `${connection.application_name}-ready`,
  })
  return { prisma, pool, ping, close }
}

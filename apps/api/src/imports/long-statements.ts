import type pg from 'pg'
import { dbLimitDefaults, setQueryTimeout } from '@cr/db/client'

/** The longest any one statement of an import run or undo may take (a 1M-row ledger stays well inside). */
export const runStatementTimeoutMs = 30 * 60_000

/**
 * Lifts the per-request limits for the rest of this transaction. The pool's limits (5 s on the
 * server, 6 s on the client) are for requests; an import's COPY stays open while the whole file
 * is read and checked, minutes for a large ledger. Both limits move together: a client deadline
 * below the server's would abandon a statement the server may still finish, one far above it
 * would wait on a frozen server for nothing. The client's deadline is reset on release.
 */
export const allowLongStatements = async (client: pg.PoolClient) => {
  setQueryTimeout(client, runStatementTimeoutMs + dbLimitDefaults.queryTimeoutMarginMs)
  await client.query(`SET LOCAL statement_timeout = ${runStatementTimeoutMs}`)
}

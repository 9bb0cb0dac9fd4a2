import type pg from 'pg'
import type { TDb } from './db-types.ts'

/**
 * Runs `work` in a transaction on one connection of the raw pool, for writes Prisma cannot
 * express or would slow down (set-based imports, a file's bytes as one binary parameter):
 * committed when `work` returns, rolled back when it throws.
 */
export const sqlTransaction = async <T>(
  pool: TDb['pool'],
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> => {
  const client = await pool.connect()
  // A connection whose ROLLBACK failed may still be inside the transaction: it is discarded,
  // never handed to the next caller (pg-pool drops a client released with an error).
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError))
    throw error
  } finally {
    client.release(broken)
  }
}

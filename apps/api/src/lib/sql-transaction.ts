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
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

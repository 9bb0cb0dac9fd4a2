import net from 'node:net'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, setQueryTimeout, type Db } from './client.ts'
import { createPing } from './ping.ts'
import { createTestDatabase, type TestDatabase } from './testing/test-databases.ts'

// A slow statement on a live server stands in for a frozen one: the client-side deadline (300 ms)
// passes before the server's statement_timeout (5 s) would. The API's fault test covers a real
// frozen connection (apps/api/src/plugins/app/database-fault.test.ts).
describe('the client-side query deadline', () => {
  let database: TestDatabase
  let db: Db
  beforeAll(async () => {
    database = await createTestDatabase()
    db = createDb({
      connectionString: database.connectionString,
      applicationName: 'cr-deadline-test',
      queryTimeoutMs: 300,
    })
  })
  afterAll(async () => {
    await db?.close()
    await database?.drop()
  })

  const backends = async () =>
    (
      await db.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'cr-deadline-test'`,
      )
    ).rows[0]!.n

  it('fails a query the server does not answer in time, and discards its connection', async () => {
    const started = performance.now()
    await expect(db.pool.query('SELECT pg_sleep(1)')).rejects.toThrow(/Query read timeout/)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(db.pool.totalCount).toBe(0)
    expect((await db.pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }])
  })

  it('discards a timed-out connection even when its holder releases it without an error', async () => {
    // What @prisma/adapter-pg does after a transaction, and what a `finally { release() }` does:
    // the connection must not come back mid-transaction with a query still in flight.
    const client = await db.pool.connect()
    await client.query('BEGIN')
    await expect(client.query('SELECT pg_sleep(1)')).rejects.toThrow(/Query read timeout/)
    await expect(client.query('ROLLBACK')).rejects.toThrow()
    client.release()
    expect(db.pool.totalCount).toBe(0)
    // The server ends that session too once its statement is over (it notices the closed
    // socket when it answers): nothing is left idle in the transaction.
    await expect.poll(backends, { timeout: 5000 }).toBe(1) // the one counting
  })

  it('fails a Prisma query with the deadline and recovers on the next one', async () => {
    await expect(db.prisma.$queryRaw`SELECT pg_sleep(3)`).rejects.toThrow(/Query read timeout/)
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`
        await tx.$queryRaw`SELECT pg_sleep(3)`
      }),
    ).rejects.toThrow(/Query read timeout/)
    expect(await db.prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }])
  })

  it('gives one checked-out client a longer deadline until it is released', async () => {
    const client = await db.pool.connect()
    setQueryTimeout(client, 5000)
    await client.query('SELECT pg_sleep(0.5)')
    client.release()
    const again = await db.pool.connect()
    expect(again).toBe(client) // the same connection, back with the pool's deadline
    await expect(again.query('SELECT pg_sleep(3)')).rejects.toThrow(/Query read timeout/)
    again.release()
  })
})

describe('ping (readiness)', () => {
  it('answers on a fresh connection while the pool is exhausted', async () => {
    const database = await createTestDatabase()
    const db = createDb({ connectionString: database.connectionString, max: 1 })
    try {
      const held = await db.pool.connect()
      await db.ping(1000)
      held.release()
    } finally {
      await db.close()
      await database.drop()
    }
  })

  it('fails within its limit against a server that accepts and never answers', async () => {
    const silent = net.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    const ping = createPing({ connectionString: `postgres://x:y@127.0.0.1:${port}/none` })
    try {
      const started = performance.now()
      // Concurrent probes share one attempt (one extra connection at most).
      const results = await Promise.allSettled([ping(300), ping(300), ping(300)])
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
      expect(performance.now() - started).toBeLessThan(1500)
    } finally {
      silent.close()
    }
  })
})

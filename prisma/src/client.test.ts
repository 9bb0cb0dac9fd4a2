import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, Prisma, type Db } from './client.ts'
import { createTestDatabase, type TestDatabase } from './testing/test-databases.ts'

describe('createDb', () => {
  let database: TestDatabase
  let db: Db
  beforeAll(async () => {
    database = await createTestDatabase()
    db = createDb({
      connectionString: database.connectionString,
      applicationName: 'cr-client-test',
      statementTimeoutMs: 300,
    })
  })
  afterAll(async () => {
    await db?.close()
    await database?.drop()
  })

  it('runs Prisma on the shared pool with the session settings', async () => {
    const rows = await db.prisma.$queryRaw<{ app: string; timeout: string; idle: string }[]>`
      SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS timeout,
             current_setting('idle_in_transaction_session_timeout') AS idle`
    expect(rows).toEqual([{ app: 'cr-client-test', timeout: '300ms', idle: '10s' }])
    expect(db.pool.totalCount).toBeGreaterThan(0) // Prisma's connection came from our pool
    expect(typeof Prisma.sql).toBe('function') // the namespace is re-exported for other packages
  })

  // Under libfaketime (scripts/on-machine-date.sh, CI_MACHINE_DATE, a date ahead of now)
  // PostgreSQL's timeouts never fire (the script says why): a test of PostgreSQL, not of a date
  // rule, so it runs on the real clock only.
  it.skipIf(process.env.FAKETIME)(
    'cancels statements that run past statement_timeout',
    async () => {
      await expect(db.pool.query('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' })
    },
  )

  it('survives an idle connection being killed by the server', async () => {
    const errors: Error[] = []
    const other = createDb({
      connectionString: database.connectionString,
      applicationName: 'cr-victim',
      onIdleError: (e) => errors.push(e),
    })
    await other.pool.query('SELECT 1') // leaves one idle client in the pool
    await db.pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cr-victim'",
    )
    await expect.poll(() => errors.length).toBe(1)
    expect((await other.pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }])
    await other.close()
    await other.close() // idempotent
  })
})

import { describe, expect, it } from 'vitest'
import { useTestApp } from '../test/test-app.ts'
import { isDatabaseUnavailable } from './db-errors.ts'

const t = useTestApp()

/** The error a statement past its server-side limit really raises, through pg and Prisma. */
const caught = async (run: () => Promise<unknown>) => {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('the statement was not cancelled')
}

describe('database errors that mean "try again later"', () => {
  // Under libfaketime (scripts/on-machine-date.sh, CI_MACHINE_DATE, a date ahead of now)
  // PostgreSQL's timeouts never fire (the script says why): a test of PostgreSQL's cancel, not
  // of a date rule, so real clock only.
  it.skipIf(process.env.FAKETIME)(
    'counts a statement cancelled by statement_timeout as the database being unavailable',
    async () => {
      const { pool, prisma } = t().db
      const client = await pool.connect()
      try {
        await client.query(`SET statement_timeout = 20`)
        const viaPg = await caught(() => client.query('SELECT pg_sleep(1)'))
        expect((viaPg as { code?: string }).code).toBe('57014')
        expect(isDatabaseUnavailable(viaPg)).toBe(true)
      } finally {
        await client.query('RESET statement_timeout')
        client.release()
      }
      const viaPrisma = await caught(() =>
        prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 20`)
          await tx.$queryRawUnsafe('SELECT pg_sleep(1)')
        }),
      )
      expect(isDatabaseUnavailable(viaPrisma)).toBe(true)
    },
  )

  it('does not count a plain mistake (division by zero) as unavailability', async () => {
    const error = await caught(() => t().db.pool.query(`SELECT 1/0`))
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { settledJob, uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

// The pool's statement limit is far below the time a ledger takes to read: the bench found a
// 100,000-row import cancelled after 5 s. Here the limit is 100 ms and the file takes longer.
const t = useTestApp({}, { statementTimeoutMs: 100 })

describe('a long import', () => {
  // A test of PostgreSQL's statement_timeout against our import: under libfaketime
  // (CI_MACHINE_DATE, a date ahead of now) PostgreSQL's timeouts never fire (see
  // scripts/on-machine-date.sh), so it runs on the real clock only.
  it.skipIf(process.env.FAKETIME)(
    'is not cancelled by the per-request statement limit',
    async () => {
      const committee = await seedCommittee(t().db.prisma)
      const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
      const auth = await signIn(t().app, clerk.username)
      const rows = Array.from({ length: 6000 }, (_, i) => `居民${i},${testIdNumber()}`)
      const unique = [...new Map(rows.map((r) => [r.split(',')[1], r])).values()]
      const file = {
        name: 'long.csv',
        content: Buffer.from(`\uFEFF姓名,身份证号\r\n${unique.join('\r\n')}\r\n`),
      }
      const started = Date.now()
      const created = await uploadLedger(t().app, auth, file, {
        type: 'residents',
        committeeId: committee.id,
        dryRun: false,
      })
      const job = await settledJob(t().app, auth, created.json().id)
      // Only meaningful if the run outlasted the limit; it takes about a second.
      expect(Date.now() - started).toBeGreaterThan(100)
      expect(job).toMatchObject({ status: 'committed', error: null })
      expect(job.counts.created).toBe(unique.length)
    },
  )
})

import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../test/factories.ts'
import { settledJob, uploadLedger } from '../test/imports.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'
import { failOrphanedImports } from './job-queue.ts'

const t = useTestApp()

describe('imports left unfinished without a queued run (a restored backup)', () => {
  it('are marked interrupted at start; one whose run is still queued is left to the queue', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const checked = async () => {
      const content = Buffer.from('\uFEFF姓名,性别\r\n甲,男\r\n')
      const created = await uploadLedger(
        t().app,
        auth,
        { name: '台账.csv', content },
        { type: 'residents', committeeId: committee.id },
      )
      expect(created.statusCode, created.body).toBe(202)
      return settledJob(t().app, auth, created.json().id)
    }
    const [orphan, waiting] = [await checked(), await checked()]
    // As a backup taken during a commit restores them: the import mid-run, the queue empty…
    await t().db.pool.query(`UPDATE import_job SET status = 'committing' WHERE id = $1`, [
      orphan.id,
    ])
    // …and one whose run is queued (far ahead, so this test's workers leave it alone).
    await t().db.pool.query(`UPDATE import_job SET status = 'queued' WHERE id = $1`, [waiting.id])
    await t().app.jobs.add(
      'import-run',
      {},
      { key: `import:${waiting.id}`, runAt: new Date('2999-01-01T00:00:00Z') },
    )

    expect(await failOrphanedImports(t().db)).toBe(1)
    const after = await settledJobs([orphan.id, waiting.id])
    expect(after.map((j) => j.status)).toEqual(['failed', 'queued'])
    expect(after[0]!.errorCode).toBe('import_interrupted')
    await t().db.pool.query(`SELECT graphile_worker.remove_job($1)`, [`import:${waiting.id}`])
  })
})

const settledJobs = async (ids: string[]) =>
  Promise.all(
    ids.map((id) =>
      t().db.prisma.importJob.findUniqueOrThrow({
        where: { id },
        select: { status: true, errorCode: true },
      }),
    ),
  )

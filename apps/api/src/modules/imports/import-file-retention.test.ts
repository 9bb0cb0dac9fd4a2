import { describe, expect, it } from 'vitest'
import { purgeExpiredFiles, runFileRetention } from '../../imports/file-retention.ts'
import { getImportFileRetentionDays } from '../settings/settings.service.ts'
import { encryptPlainFiles, readStoredFile } from '../../imports/stored-file.ts'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const dayMs = 86_400_000
/** The setting as the app reads it for the purge. */
const retentionDays = (db: { prisma: Parameters<typeof getImportFileRetentionDays>[0] }) =>
  getImportFileRetentionDays(db.prisma)

/** A clerk, a committee, and a job per ledger uploaded (committed unless `dryRun`). */
const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const upload = async (rows: string[][], options: { dryRun?: boolean } = {}) => {
    const content = Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`)
    const created = await uploadLedger(
      t().app,
      auth,
      { name: '台账.csv', content },
      { type: 'residents', committeeId: committee.id, mode: 'skip_invalid', ...options },
    )
    expect(created.statusCode, created.body).toBe(202)
    return settledJob(t().app, auth, created.json().id)
  }
  return { committee, auth, upload }
}

/** Sets a job's upload time back, as if it had been uploaded `days` ago. */
const uploadedDaysAgo = (id: string, days: number, now: Date) =>
  t().db.pool.query('UPDATE import_job SET created_at = $2 WHERE id = $1', [
    id,
    new Date(now.getTime() - days * dayMs),
  ])

const fileOf = async (id: string) =>
  (await t().db.pool.query('SELECT encrypted FROM import_file WHERE job_id = $1', [id])).rows[0]

describe('stored uploads past their retention', () => {
  it('are deleted after 30 days by default; the job stays, undo works, the rest answers 410', async () => {
    const { auth, upload } = await setup()
    const now = new Date('2027-03-01T08:00:00Z')
    const rows = [
      ['姓名', '身份证号', '民族'],
      ['甲', testIdNumber(), '汉族'],
      ['乙', testIdNumber(), '火星族'],
    ]
    const committed = await upload(rows, { dryRun: false })
    const checked = await upload(rows)
    const young = await upload(rows)
    const running = await upload(rows)
    expect(committed.status).toBe('committed')
    await uploadedDaysAgo(committed.id, 31, now)
    await uploadedDaysAgo(checked.id, 30.5, now)
    await uploadedDaysAgo(young.id, 29, now)
    await uploadedDaysAgo(running.id, 40, now)
    // A job being checked keeps its file whatever its age.
    await t().db.pool.query(`UPDATE import_job SET status = 'validating' WHERE id = $1`, [
      running.id,
    ])

    expect(await purgeExpiredFiles(t().db, now, retentionDays)).toBe(2)
    expect(await purgeExpiredFiles(t().db, now, retentionDays)).toBe(0)
    for (const id of [committed.id, checked.id]) {
      expect(await fileOf(id)).toBeUndefined()
      const job = await settledJob(t().app, auth, id)
      expect(job.filePurgedAt).toBe(now.toISOString())
      expect(job.counts.rows).toBe(2) // the job keeps what it found
      expect(job.problemCount).toBe(1)
    }
    for (const id of [young.id, running.id]) expect(await fileOf(id)).toEqual({ encrypted: true })
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'import_file', entityId: { in: [committed.id, checked.id] } },
    })
    expect(audit).toHaveLength(2)
    expect(audit[0]).toMatchObject({
      actorType: 'system',
      action: 'delete',
      before: { fileName: '台账.csv' },
      reason: '上传文件保留期满（30 天），自动删除',
    })

    // No report, no second check, no commit: a clear 410 with the reason in Chinese.
    const report = await t().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${checked.id}/report`,
      headers: auth,
    })
    for (const gone of [
      report,
      await postJob(t().app, auth, checked.id, 'validate'),
      await postJob(t().app, auth, checked.id, 'commit', { mode: 'skip_invalid' }),
    ]) {
      expect(gone.statusCode).toBe(410)
      expect(gone.headers['content-type']).toContain('application/problem+json')
      expect(gone.json()).toMatchObject({
        code: 'import_file_purged',
        title: expect.stringContaining('保留期限'),
      })
    }
    expect((await settledJob(t().app, auth, checked.id)).status).toBe('validated')

    // Undo needs only what the commit recorded.
    const undone = await postJob(t().app, auth, committed.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(undone.json()).toMatchObject({ status: 'undone' })
  })

  it('follows the setting, and runs at start with the clock it is given', async () => {
    const { upload } = await setup()
    const now = new Date('2027-06-01T08:00:00Z')
    const job = await upload([
      ['姓名', '身份证号'],
      ['丙', testIdNumber()],
    ])
    await uploadedDaysAgo(job.id, 8, now)
    await purgeExpiredFiles(t().db, now, retentionDays)
    expect(await fileOf(job.id)).toEqual({ encrypted: true })

    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const adminAuth = await signIn(t().app, admin.username)
    const settings = await t().app.inject({
      method: 'GET',
      url: '/api/v1/settings',
      headers: adminAuth,
    })
    const changed = await t().app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { ...adminAuth, 'if-match': settings.headers.etag as string },
      payload: { importFileRetentionDays: 7 },
    })
    expect(changed.statusCode, changed.body).toBe(200)

    await runFileRetention({ db: t().db, cipher: t().app.cipher, retentionDays }, now, t().app.log)
    expect(await fileOf(job.id)).toBeUndefined()
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'import_file', entityId: job.id },
    })
    expect(audit.reason).toBe('上传文件保留期满（7 天），自动删除')
  })
})

describe('uploads stored in the clear by an earlier version', () => {
  it('are read as they are, and encrypted at start', async () => {
    const { auth, upload } = await setup()
    const idNumber = testIdNumber()
    const job = await upload([
      ['姓名', '身份证号'],
      ['丁', idNumber],
    ])
    const plain = await readStoredFile(t().db.pool, t().app.cipher, job.id)
    expect(plain!.includes(Buffer.from(idNumber))).toBe(true)
    await t().db.pool.query(
      'UPDATE import_file SET content = $2, encrypted = false WHERE job_id = $1',
      [job.id, plain],
    )
    expect((await readStoredFile(t().db.pool, t().app.cipher, job.id))!.equals(plain!)).toBe(true)

    expect(await encryptPlainFiles(t().db.pool, t().app.cipher)).toBe(1)
    const { rows } = await t().db.pool.query<{ content: Buffer; encrypted: boolean }>(
      'SELECT content, encrypted FROM import_file WHERE job_id = $1',
      [job.id],
    )
    expect(rows[0]!.encrypted).toBe(true)
    expect(rows[0]!.content.includes(Buffer.from(idNumber))).toBe(false)
    expect((await readStoredFile(t().db.pool, t().app.cipher, job.id))!.equals(plain!)).toBe(true)
    const again = await postJob(t().app, auth, job.id, 'validate')
    expect(again.statusCode).toBe(202)
    expect((await settledJob(t().app, auth, job.id)).status).toBe('validated')
  })
})

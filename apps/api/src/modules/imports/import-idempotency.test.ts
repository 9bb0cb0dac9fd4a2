import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

/** A multipart upload of `csv` with an Idempotency-Key, as the web app and the CLI send it. */
const upload = async (auth: Record<string, string>, key: string, csv: string, options: object) => {
  const form = new FormData()
  form.append('options', JSON.stringify({ type: 'residents', ...options }))
  form.append('file', new Blob([`\uFEFF${csv}`]), 'ledger.csv')
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return t().app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    headers: {
      ...auth,
      'idempotency-key': key,
      'content-type': request.headers.get('content-type')!,
    },
    payload: Buffer.from(await request.arrayBuffer()),
  })
}

describe('an upload with an Idempotency-Key', () => {
  it('creates one job for the same upload sent twice, and refuses the key for another', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, user.username)
    const csv = `姓名,身份证号\r\n赵一,${testIdNumber()}\r\n`
    const options = { committeeId: committee.id }

    const first = await upload(auth, 'k-1', csv, options)
    const again = await upload(auth, 'k-1', csv, options)
    expect(first.statusCode, first.body).toBe(202)
    expect(again.statusCode, again.body).toBe(202)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.json().id).toBe(first.json().id)
    expect(again.headers.location).toBe(first.headers.location)
    await t().app.imports.idle()
    expect(await t().db.prisma.importJob.count({ where: { committeeId: committee.id } })).toBe(1)

    // The same key with another file or other options: refused, nothing created.
    const otherFile = await upload(auth, 'k-1', `${csv}钱二,${testIdNumber()}\r\n`, options)
    const otherOptions = await upload(auth, 'k-1', csv, { ...options, dryRun: false })
    expect(otherFile.statusCode).toBe(422)
    expect(otherOptions.statusCode).toBe(422)
    // Another user's same key is theirs alone.
    const colleague = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const theirs = await upload(await signIn(t().app, colleague.username), 'k-1', csv, options)
    expect(theirs.statusCode).toBe(202)
    expect(theirs.json().id).not.toBe(first.json().id)
    await t().app.imports.idle()
    expect(await t().db.prisma.importJob.count({ where: { committeeId: committee.id } })).toBe(2)
  })
})

// Phones are personal information (PIPL): with a name, an address and a subsidy they identify
// and reach a person. They are kept as ID numbers are — encrypted, a blind index for an exact
// search, masked, the last four — and this test greps every column of every table for the
// phones it wrote through every path: the API, an import that creates and one that updates
// (with its undo snapshot), an audited export and a search.
import { randomInt } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { findInDatabase } from '../../test/id-number-leaks.ts'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { encryptLegacyPhones } from './legacy-phones.ts'

const t = useTestApp()

/** Mobiles of this test alone (166…, a prefix no other test uses). */
const phone = () => `166${String(randomInt(0, 1e8)).padStart(8, '0')}`
const forms = (numbers: string[]) =>
  numbers.flatMap((n) => [n, `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, n.slice(0, 7)])

const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  return { committee, auth: await signIn(t().app, clerk.username) }
}

const csv = (rows: string[][]) => ({
  name: '花名册.csv',
  content: Buffer.from(rows.map((r) => r.join(',')).join('\n')),
})

describe('phones at rest', () => {
  it('keeps no phone in the clear anywhere, whichever way it came in', async () => {
    const { committee, auth } = await setup()
    const [typed, patched, imported, before, after] = [phone(), phone(), phone(), phone(), phone()]
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/residents',
      headers: auth,
      payload: {
        committeeId: committee.id,
        name: '电话甲',
        idNumber: testIdNumber(),
        phone: `${typed.slice(0, 3)} ${typed.slice(3)}`,
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json().phoneMasked).toBe(`${typed.slice(0, 3)}****${typed.slice(7)}`)
    const patch = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/residents/${created.json().id}`,
      headers: { ...auth, 'if-match': `"${created.json().version}"` },
      payload: { phone: patched },
    })
    expect(patch.statusCode, patch.body).toBe(200)

    const header = ['姓名', '身份证号', '联系电话']
    const updatedPerson = testIdNumber()
    const importOnce = async (rows: string[][], onConflict: 'skip' | 'update') => {
      const upload = await uploadLedger(t().app, auth, csv([header, ...rows]), {
        type: 'residents',
        committeeId: committee.id,
        dryRun: false,
        onConflict,
      })
      expect(upload.statusCode, upload.body).toBe(202)
      return settledJob(t().app, auth, upload.json().id)
    }
    await importOnce(
      [
        ['电话乙', testIdNumber(), imported],
        ['电话丙', updatedPerson, before],
      ],
      'skip',
    )
    const update = await importOnce([['电话丙', updatedPerson, after]], 'update')
    expect(update.counts).toMatchObject({ updated: 1 })

    // Found by the whole number and by its last four; revealed for a reason.
    const found = await t().app.inject({
      url: `/api/v1/residents?q=${after}&committeeId=${committee.id}`,
      headers: auth,
    })
    expect(found.json().items.map((r: { name: string }) => r.name)).toEqual(['电话丙'])
    const person = found.json().items[0]
    const revealed = await t().app.inject({
      method: 'POST',
      url: `/api/v1/residents/${person.id}/reveal`,
      headers: auth,
      payload: { field: 'phone', reason: '通知领取' },
    })
    expect(revealed.json()).toEqual({ field: 'phone', value: after })
    const exported = await t().app.inject({
      url: `/api/v1/residents/export?format=csv&reveal=true&committeeId=${committee.id}&q=${after}`,
      headers: auth,
    })
    expect(exported.body).toContain(after)

    // The update's snapshot lets undo put the earlier phone back, still encrypted.
    expect((await postJob(t().app, auth, update.id, 'undo')).statusCode).toBe(200)
    const restored = await t().app.inject({
      method: 'POST',
      url: `/api/v1/residents/${person.id}/reveal`,
      headers: auth,
      payload: { field: 'phone', reason: '核对' },
    })
    expect(restored.json().value).toBe(before)

    const { hits } = await findInDatabase(
      t().db.pool,
      forms([typed, patched, imported, before, after]),
    )
    expect(hits).toEqual([])
  })

  it('encrypts the phones an earlier version kept in the clear, once, before serving', async () => {
    const { committee, auth } = await setup()
    const old = phone()
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/residents',
      headers: auth,
      payload: { committeeId: committee.id, name: '旧电话', idNumber: testIdNumber() },
    })
    // As the migration that brought encryption left a phone stored before it.
    await t().db.pool.query('UPDATE resident SET phone_legacy = $2 WHERE id = $1', [
      created.json().id,
      old,
    ])
    expect(await encryptLegacyPhones(t().db.pool, t().app.cipher)).toBe(1)
    expect(await encryptLegacyPhones(t().db.pool, t().app.cipher)).toBe(0)
    const read = await t().app.inject({
      url: `/api/v1/residents/${created.json().id}`,
      headers: auth,
    })
    expect(read.json().phoneMasked).toBe(`${old.slice(0, 3)}****${old.slice(7)}`)
    const revealed = await t().app.inject({
      method: 'POST',
      url: `/api/v1/residents/${created.json().id}/reveal`,
      headers: auth,
      payload: { field: 'phone', reason: '核对' },
    })
    expect(revealed.json().value).toBe(old)
    expect((await findInDatabase(t().db.pool, [old])).hits).toEqual([])
  })
})

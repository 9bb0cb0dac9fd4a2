import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../app.ts'
import { createFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { parseFieldKeysFile } from '../../lib/crypto/field-keys.ts'
import { seedCommittee, seedResident, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testConfig } from '../../test/test-config.ts'

const v1 = { version: 1, encryptionKey: randomBytes(32), indexKey: randomBytes(32) }
const v2 = { version: 2, encryptionKey: randomBytes(32), indexKey: randomBytes(32) }
const t = useTestApp({ fieldKeys: v2, previousFieldKeys: [v1], fieldKeyRotation: 'off' })

const exportKeys = async (auth: Record<string, string>, password: string, key?: string) =>
  t().app.inject({
    method: 'POST',
    url: '/api/v1/backups/field-keys',
    headers: key ? { ...auth, 'idempotency-key': key } : auth,
    payload: { password },
  })

describe('POST /api/v1/backups/field-keys (the one-time key export)', () => {
  it('gives an administrator the keys once, as field-keys.json, after the password; audited without the keys', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin', displayName: '管理员甲' })
    const auth = await signIn(t().app, admin.username)

    const wrong = await exportKeys(auth, 'not-the-password')
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors[0]).toMatchObject({
      path: 'password',
      code: 'current_password_wrong',
    })

    const first = await exportKeys(auth, admin.password, 'export-once-0001')
    expect(first.statusCode, first.body).toBe(200)
    expect(first.headers['content-disposition']).toBe('attachment; filename="field-keys.json"')
    expect(first.headers['cache-control']).toBe('no-store')
    // The file the server reads: both versions, the current one marked; it opens what v1 wrote.
    const ring = parseFieldKeysFile(first.body, 'export')
    expect(ring.current).toEqual(v2)
    expect(ring.previous).toEqual([v1])
    const written = createFieldCipher(v1).encrypt('370521194001010011')
    expect(createFieldCipher(ring.current, ring.previous).decrypt(written)).toBe(
      '370521194001010011',
    )

    // A replay by Idempotency-Key answers without the keys: they never rest in the database.
    const replay = await exportKeys(auth, admin.password, 'export-once-0001')
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json()).toEqual({ current: 2, versions: {} })
    const kept = await t().db.pool.query(`SELECT response_body::text AS body FROM idempotency_key`)
    expect(JSON.stringify(kept.rows)).not.toContain(v2.indexKey.toString('base64'))
    const audit = await t().db.prisma.auditEvent.findMany({ where: { entityType: 'field_keys' } })
    expect(audit).toMatchObject([{ action: 'export', entityId: 'v2', actorId: admin.id }])
    const recorded = JSON.stringify(audit)
    for (const key of [v1, v2].flatMap((k) => [k.encryptionKey, k.indexKey]))
      expect(recorded).not.toContain(key.toString('base64'))

    // A second export (by anyone) is refused, saying who took it and when.
    const other = await seedUser(t().db.prisma, { role: 'admin' })
    const again = await exportKeys(await signIn(t().app, other.username), other.password)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'field_keys_exported' })
    expect(again.json().errors[0].message).toMatch(
      /^当前版本的字段密钥已导出过一次.*管理员甲 已于 \d{4}-\d\d-\d\d \d\d:\d\d 导出$/,
    )

    const list = await t().app.inject({ url: '/api/v1/backups', headers: auth })
    expect(list.json().fieldKeysExport).toMatchObject({
      version: 2,
      exportedBy: '管理员甲',
      rotating: false,
    })
  })

  it('allows one more export once the keys are rotated (a new current version)', async () => {
    const v3 = { version: 3, encryptionKey: randomBytes(32), indexKey: randomBytes(32) }
    // Another process on the same database, started after `pnpm keys:rotate`.
    const rotated = await buildApp({
      config: testConfig({ fieldKeys: v3, previousFieldKeys: [v2, v1], fieldKeyRotation: 'off' }),
      db: t().db,
      logger: false,
    })
    try {
      const admin = await seedUser(t().db.prisma, { role: 'admin' })
      const auth = await signIn(rotated, admin.username)
      const send = () =>
        rotated.inject({
          method: 'POST',
          url: '/api/v1/backups/field-keys',
          headers: auth,
          payload: { password: admin.password },
        })
      const first = await send()
      expect(first.statusCode, first.body).toBe(200)
      expect(Object.keys(first.json().versions)).toEqual(['1', '2', '3'])
      expect((await send()).statusCode).toBe(409)
      // A row under an older version: the page says the re-encryption is under way.
      const committee = await seedCommittee(t().db.prisma)
      await seedResident(t().db.prisma, createFieldCipher(v1), { committeeId: committee.id })
      const list = await rotated.inject({ url: '/api/v1/backups', headers: auth })
      expect(list.json().fieldKeysExport).toMatchObject({ version: 3, rotating: true })
    } finally {
      await rotated.close()
    }
  })

  it('is for administrators only', async () => {
    const clerk = await seedUser(t().db.prisma, { role: 'clerk' })
    const answer = await exportKeys(await signIn(t().app, clerk.username), clerk.password)
    expect(answer.statusCode).toBe(403)
  })
})

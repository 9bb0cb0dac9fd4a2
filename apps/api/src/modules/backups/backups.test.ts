import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { restoreBackup } from '@cr/db/backup/restore'
import { tableDigests } from '@cr/db/testing/table-digests'
import { createTestDatabase } from '@cr/db/testing/test-databases'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-backups-api-'))
const key = { passphrase: 'server backup passphrase' }
const t = useTestApp({ dataDir, backupKey: key })
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('/api/v1/backups', () => {
  it('lets an administrator make a backup now and lists it; the file restores', async () => {
    await seedCommittee(t().db.prisma)
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const empty = await t().app.inject({ url: '/api/v1/backups', headers: auth })
    expect(empty.json()).toEqual({
      items: [],
      directory: path.join(dataDir, 'backups'),
      key: 'passphrase',
      fieldKeys: path.join(dataDir, 'field-keys.json'),
      fieldKeysExport: { version: 1, exportedAt: null, exportedBy: null, rotating: false },
      lastGoodAt: null,
      overdue: true,
    })

    const made = await t().app.inject({ method: 'POST', url: '/api/v1/backups', headers: auth })
    expect(made.statusCode, made.body).toBe(201)
    const backup = made.json()
    expect(backup).toMatchObject({
      status: 'ok',
      name: expect.stringMatching(/^backup-.*\.crbak$/),
    })
    expect(backup.bytes).toBeGreaterThan(0)

    const list = await t().app.inject({ url: '/api/v1/backups', headers: auth })
    expect(list.json()).toMatchObject({
      items: [backup],
      lastGoodAt: backup.createdAt,
      overdue: false,
    })
    const audit = await t().db.prisma.auditEvent.findMany({ where: { entityType: 'backup' } })
    expect(audit).toMatchObject([{ action: 'create', entityId: backup.name }])

    const target = await createTestDatabase(undefined, { template: 'template1' })
    try {
      await restoreBackup({
        file: path.join(dataDir, 'backups', backup.name),
        connectionString: target.connectionString,
        key,
      })
      const restored = await tableDigests(target.connectionString)
      expect(restored.committee!.rows).toBe(1)
      expect(restored.app_user!.rows).toBe(1)
    } finally {
      await target.drop()
    }
  })

  it('says so when the server has no backup key', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const config = t().app.config
    config.backupKey = undefined
    try {
      const made = await t().app.inject({ method: 'POST', url: '/api/v1/backups', headers: auth })
      expect(made.statusCode).toBe(409)
      expect(made.json().code).toBe('backup_key_missing')
    } finally {
      config.backupKey = key
    }
  })

  it('is for administrators only', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    for (const method of ['GET', 'POST'] as const) {
      const response = await t().app.inject({ method, url: '/api/v1/backups', headers: auth })
      expect(response.statusCode).toBe(403)
    }
  })
})

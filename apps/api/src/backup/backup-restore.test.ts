// Issue 17's done-when for backups: a database with every record type (the demo community,
// plus rows for the tables it leaves empty, the audit log included) is backed up, wiped
// (dropped and created again, empty), restored, and every table compared row for row; then
// the app runs on the restored database with the same field keys and shows an ID number.
import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup } from '@cr/db/backup/backup'
import { restoreBackup } from '@cr/db/backup/restore'
import { createDb } from '@cr/db/client'
import { tableDigests } from '@cr/db/testing/table-digests'
import { createTestDatabase, type TestDatabase } from '@cr/db/testing/test-databases'
import { isBackupError } from '@cr/db/backup/errors'
import { buildApp, type TApp } from '../app.ts'
import { demoPasswords, seedDatabaseLimits, seedDemoData } from '../seed/demo-data.ts'
import { signIn } from '../test/sign-in.ts'
import { testClock } from '../test/test-clock.ts'
import { testConfig } from '../test/test-config.ts'
import { fillEmptyTables } from './fill-empty-tables.ts'

const key = { passphrase: 'office backup passphrase' }
let database: TestDatabase
let before: Awaited<ReturnType<typeof tableDigests>>
let resident: { id: string; idNumber: string }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-backup-test-'))
const file = path.join(dir, 'community.crbak')

beforeAll(async () => {
  database = await createTestDatabase()
  const db = createDb({
    connectionString: database.connectionString,
    applicationName: 'cr-test',
    ...seedDatabaseLimits,
  })
  const app = await buildApp({ config: testConfig(), db, logger: false })
  try {
    await app.ready()
    await seedDemoData({
      prisma: db.prisma,
      cipher: app.cipher,
      seed: 7,
      scale: 0.1,
      now: testClock(),
    })
    resident = await revealOne(app)
  } finally {
    await app.close()
    await db.close()
  }
  await fillEmptyTables(database.connectionString)
  before = await tableDigests(database.connectionString)
}, 180_000)

afterAll(async () => {
  await database?.drop()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A demo clerk reveals the first resident's ID number through the API (audited). */
async function revealOne(app: TApp, id?: string) {
  const auth = await signIn(app, 'clerk_yongxing', demoPasswords.clerk)
  const residentId =
    id ?? (await app.inject({ url: '/api/v1/residents?limit=1', headers: auth })).json().items[0].id
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/residents/${residentId}/reveal`,
    headers: auth,
    payload: { field: 'idNumber', reason: '备份恢复核对' },
  })
  expect(response.statusCode, response.body).toBe(200)
  return { id: residentId as string, idNumber: response.json().value as string }
}

describe('backup and restore of a living community', () => {
  it('has a row in every table before the backup, the audit log included', () => {
    const empty = Object.entries(before)
      .filter(([, d]) => d.rows === 0)
      .map(([t]) => t)
    expect(empty).toEqual([])
    expect(before.audit_event!.rows).toBeGreaterThan(1)
    expect(Object.keys(before).length).toBeGreaterThan(60)
  })

  it('backs up, is wiped, restores, and every table is the same row for row', async () => {
    const made = await createBackup({ connectionString: database.connectionString, out: file, key })
    expect(made.header.tables).toEqual(
      Object.fromEntries(Object.entries(before).map(([t, d]) => [t, d.rows])),
    )
    // Wipe: the database is dropped and created again, empty.
    await database.drop()
    database = await createTestDatabase(database.name, { template: 'template1' })
    expect(await tableDigests(database.connectionString)).toEqual({})

    const wrong = await restoreBackup({
      file,
      connectionString: database.connectionString,
      key: { passphrase: 'not the office passphrase' },
    }).catch((e: unknown) => e)
    expect(isBackupError(wrong, 'wrong-key')).toBe(true)

    const restored = await restoreBackup({ file, connectionString: database.connectionString, key })
    expect(restored.migratedAfter).toEqual([])
    const after = await tableDigests(database.connectionString)
    for (const [table, digest] of Object.entries(before))
      expect(after[table], table).toEqual(digest)
    expect(Object.keys(after)).toEqual(Object.keys(before))
  })

  it('runs the app on the restored database with the same field keys: ID numbers readable', async () => {
    const db = createDb({ connectionString: database.connectionString, applicationName: 'cr-test' })
    const app = await buildApp({ config: testConfig(), db, logger: false })
    try {
      await app.ready()
      expect(await revealOne(app, resident.id)).toEqual(resident)
    } finally {
      await app.close()
      await db.close()
    }
  })
})

import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { applyMigrations } from '../migrate.ts'
import { migrationsDir } from '../paths.ts'
import { removeTempDirs, tempDir } from '../testing/fixtures.ts'
import { tableDigests } from '../testing/table-digests.ts'
import { createTestDatabase, type TestDatabase } from '../testing/test-databases.ts'
import { createBackup } from './backup.ts'
import { isBackupError } from './errors.ts'
import { restoreBackup } from './restore.ts'

const adminUrl = inject('crDbAdminUrl')
const key = { passphrase: 'correct horse battery staple' }
const now = new Date('2026-11-30T02:00:00Z')
const migrations = fs
  .readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
const dbs: TestDatabase[] = []
const emptyDb = async () => {
  const db = await createTestDatabase(undefined, { adminUrl, template: 'template1' })
  dbs.push(db)
  return db
}
const sql = async (url: string, text: string) => {
  const client = new pg.Client(url)
  await client.connect()
  try {
    return (await client.query(text)).rows
  } finally {
    await client.end()
  }
}
const fill = (url: string) =>
  sql(
    url,
    `INSERT INTO committee (id, name, code, updated_at) VALUES
       ('00000000-0000-4000-8000-000000000001', '第一居委会', 'C1', now()),
       ('00000000-0000-4000-8000-000000000002', E'换行\\n和制表\\t与反斜杠\\\\', 'C2', now());
     INSERT INTO audit_event (id, actor_type, action, entity_type, committee_id, after)
       VALUES ('00000000-0000-4000-8000-0000000000a1', 'system', 'create', 'committee',
               '00000000-0000-4000-8000-000000000001', '{"name": "第一居委会"}');`,
  )

let dir: string
beforeAll(() => {
  dir = tempDir('backup')
})
afterAll(async () => {
  for (const db of dbs) await db.drop()
  removeTempDirs()
})

describe('backup and restore (library)', () => {
  let source: TestDatabase
  let file: string
  beforeAll(async () => {
    source = await emptyDb()
    await applyMigrations({ connectionString: source.connectionString })
    await fill(source.connectionString)
    file = path.join(dir, 'full.crbak')
    await createBackup({ connectionString: source.connectionString, out: file, key, now })
  })

  it('restores every table row for row, the audit log included', async () => {
    const target = await emptyDb()
    const result = await restoreBackup({ file, connectionString: target.connectionString, key })
    expect(result.header.lastMigration).toBe(migrations.at(-1))
    expect(result.migratedAfter).toEqual([])
    const before = await tableDigests(source.connectionString)
    expect(before.audit_event!.rows).toBe(1)
    expect(await tableDigests(target.connectionString)).toEqual(before)
    // The audit log's guard is back on after the load.
    await expect(sql(target.connectionString, 'DELETE FROM audit_event')).rejects.toThrow(
      /append-only/,
    )
  })

  it('keeps the contents encrypted: no text of the rows in the file', () => {
    const bytes = fs.readFileSync(file)
    expect(bytes.includes(Buffer.from('第一居委会'))).toBe(false)
    expect(bytes.subarray(0, 8).toString()).toBe('CRBACKUP')
  })

  it('refuses a wrong passphrase, saying what it needs', async () => {
    const target = await emptyDb()
    const error = await restoreBackup({
      file,
      connectionString: target.connectionString,
      key: { passphrase: 'not the passphrase' },
    }).catch((e: unknown) => e)
    expect(isBackupError(error, 'wrong-key')).toBe(true)
    expect(String(error)).toMatch(/备份口令（BACKUP_PASSPHRASE）不正确/)
    expect(String(error)).toMatch(/The backup passphrase \(BACKUP_PASSPHRASE\) is wrong/)
    // Nothing was written.
    expect(await tableDigests(target.connectionString)).toEqual({})
  })

  it('refuses a damaged file and rolls the load back', async () => {
    const bytes = fs.readFileSync(file)
    bytes[bytes.length - 40]! ^= 0xff
    const damaged = path.join(dir, 'damaged.crbak')
    fs.writeFileSync(damaged, bytes)
    const target = await emptyDb()
    const error = await restoreBackup({
      file: damaged,
      connectionString: target.connectionString,
      key,
    }).catch((e: unknown) => e)
    expect(isBackupError(error, 'damaged')).toBe(true)
    expect(String(error)).toMatch(/备份文件已损坏/)
    const rows = await sql(target.connectionString, 'SELECT count(*)::int AS n FROM committee')
    expect(rows[0].n).toBe(0)
  })

  it('refuses a target database that is not empty', async () => {
    const error = await restoreBackup({
      file,
      connectionString: source.connectionString,
      key,
    }).catch((e: unknown) => e)
    expect(isBackupError(error, 'target-not-empty')).toBe(true)
  })

  it('refuses a backup from a newer schema than this code knows', async () => {
    // "This code" = the migrations without the newest one.
    const older = tempDir('older-code')
    fs.copyFileSync(
      path.join(migrationsDir, 'migration_lock.toml'),
      path.join(older, 'migration_lock.toml'),
    )
    for (const name of migrations.slice(0, -1))
      fs.cpSync(path.join(migrationsDir, name), path.join(older, name), { recursive: true })
    const target = await emptyDb()
    const error = await restoreBackup({
      file,
      connectionString: target.connectionString,
      key,
      migrationsDir: older,
    }).catch((e: unknown) => e)
    expect(isBackupError(error, 'newer-schema')).toBe(true)
    expect(String(error)).toContain(migrations.at(-1))
    expect(await tableDigests(target.connectionString)).toEqual({})
  })

  it('restores a backup from an older schema and migrates it', async () => {
    const old = await emptyDb()
    const earlier = migrations.at(-2)!
    await applyMigrations({ connectionString: old.connectionString, upTo: earlier })
    await fill(old.connectionString)
    const oldFile = path.join(dir, 'older.crbak')
    await createBackup({ connectionString: old.connectionString, out: oldFile, key, now })
    const target = await emptyDb()
    const result = await restoreBackup({
      file: oldFile,
      connectionString: target.connectionString,
      key,
    })
    expect(result.header.lastMigration).toBe(earlier)
    expect(result.migratedAfter).toEqual([migrations.at(-1)])
    const after = await tableDigests(target.connectionString)
    const before = await tableDigests(old.connectionString)
    for (const [table, digest] of Object.entries(before)) {
      if (table === '_prisma_migrations') continue
      expect(after[table], table).toEqual(digest)
    }
    expect(after._prisma_migrations!.rows).toBe(migrations.length)
  })

  it('works with a key file instead of a passphrase', async () => {
    const keyFile = path.join(dir, 'backup.key')
    fs.writeFileSync(keyFile, Buffer.alloc(32, 7).toString('base64') + '\n')
    const keyed = path.join(dir, 'keyed.crbak')
    await createBackup({
      connectionString: source.connectionString,
      out: keyed,
      key: { keyFile },
      now,
    })
    const target = await emptyDb()
    const missing = await restoreBackup({
      file: keyed,
      connectionString: target.connectionString,
      key: key,
    }).catch((e: unknown) => e)
    expect(isBackupError(missing, 'no-key')).toBe(true)
    expect(String(missing)).toMatch(/备份密钥文件/)
    await restoreBackup({
      file: keyed,
      connectionString: target.connectionString,
      key: { keyFile },
    })
    expect(await tableDigests(target.connectionString)).toEqual(
      await tableDigests(source.connectionString),
    )
  })
})

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { applyMigrations } from './migrate.ts'
import { createTestDatabase, type TestDatabase } from './testing/test-databases.ts'
import { CUSTOM_SQL, removeTempDirs, tempDir, writeMigrations } from './testing/fixtures.ts'

const adminUrl = inject('crDbAdminUrl')

describe('applyMigrations', () => {
  afterAll(removeTempDirs)
  let db: TestDatabase
  let client: pg.Client
  const dir = tempDir('migrate')
  beforeAll(async () => {
    db = await createTestDatabase(undefined, { adminUrl, template: 'template1' }) // an empty database
    client = new pg.Client(db.connectionString)
    await client.connect()
  })
  afterAll(async () => {
    await client.end()
    await db.drop()
  })

  it('applies custom SQL (extension, $$ function, trigger) and records it like Prisma', async () => {
    writeMigrations(dir, {
      '20260101000000_init': CUSTOM_SQL,
      '20260102000000_add_column': 'ALTER TABLE "note" ADD COLUMN "tag" TEXT;\n',
    })
    fs.writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n')

    expect(
      await applyMigrations({ connectionString: db.connectionString, migrationsDir: dir }),
    ).toEqual(['20260101000000_init', '20260102000000_add_column'])
    const { rows } = await client.query(
      'INSERT INTO note (tag) VALUES ($1) RETURNING body, updated',
      ['x'],
    )
    expect(rows[0]).toEqual({ body: 'a;b', updated: 'touched; by trigger' })

    const history = await client.query('SELECT * FROM _prisma_migrations ORDER BY migration_name')
    expect(history.rows).toHaveLength(2)
    const init = history.rows[0]
    expect(init.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(init.checksum).toBe(crypto.createHash('sha256').update(CUSTOM_SQL).digest('hex'))
    expect(init).toMatchObject({
      migration_name: '20260101000000_init',
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    })
    expect(init.finished_at).toBeInstanceOf(Date)
  })

  it('is idempotent and applies only what is new', async () => {
    expect(
      await applyMigrations({ connectionString: db.connectionString, migrationsDir: dir }),
    ).toEqual([])
    writeMigrations(dir, { '20260103000000_index': 'CREATE INDEX note_tag ON note (tag);' })
    expect(
      await applyMigrations({ connectionString: db.connectionString, migrationsDir: dir }),
    ).toEqual(['20260103000000_index'])
  })

  it('rolls a failing migration back as a whole and then refuses to go on, like migrate deploy', async () => {
    writeMigrations(dir, {
      '20260104000000_broken': 'CREATE TABLE half (id int);\nSELECT no_such_function();\n',
    })
    await expect(
      applyMigrations({ connectionString: db.connectionString, migrationsDir: dir }),
    ).rejects.toThrow(/no_such_function/)
    const half = await client.query("SELECT to_regclass('half') AS t")
    expect(half.rows[0].t).toBeNull()
    await expect(
      applyMigrations({ connectionString: db.connectionString, migrationsDir: dir }),
    ).rejects.toThrow(/failed/i)
  })
})

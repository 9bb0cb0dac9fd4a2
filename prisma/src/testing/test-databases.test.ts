import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { createTestDatabase, prepareTemplate, type TestDatabase } from './test-databases.ts'
import { dropStaleTestDatabases } from './admin.ts'
import { CUSTOM_SQL, removeTempDirs, tempDir, writeMigrations } from './fixtures.ts'

const adminUrl = inject('crDbAdminUrl')

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client(url)
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

describe('test databases', () => {
  afterAll(removeTempDirs)
  const created: TestDatabase[] = []
  afterAll(() => Promise.all(created.map((db) => db.drop())))

  it('clones the template prepared by the global setup (the real prisma/migrations)', async () => {
    const db = await createTestDatabase()
    created.push(db)
    expect(db.name).toMatch(/^cr_test_\d+_[0-9a-f]{8}$/)
    const rows = await query(db.connectionString, "SELECT to_regclass('_prisma_migrations') AS t")
    expect(rows[0].t).toBe('_prisma_migrations')
  })

  it('gives each clone its own data, and drop() removes it', async () => {
    const template = `cr_template_fixture_${process.pid}`
    const dir = writeMigrations(tempDir('template'), { '20260101000000_init': CUSTOM_SQL })
    await prepareTemplate(adminUrl, { migrationsDir: dir, template })
    await prepareTemplate(adminUrl, { migrationsDir: dir, template }) // rebuilt, not "already exists"
    const [a, b] = await Promise.all([
      createTestDatabase(undefined, { adminUrl, template }),
      createTestDatabase(undefined, { adminUrl, template }),
    ])
    created.push(a!, b!)

    await query(a!.connectionString, "INSERT INTO note (body) VALUES ('only in a')")
    expect(await query(a!.connectionString, 'SELECT body, updated FROM note')).toEqual([
      { body: 'only in a', updated: 'touched; by trigger' },
    ])
    expect(await query(b!.connectionString, 'SELECT body FROM note')).toEqual([])

    await b!.drop()
    const left = await query(adminUrl, 'SELECT datname FROM pg_database WHERE datname = ANY($1)', [
      [a!.name, b!.name],
    ])
    expect(left).toEqual([{ datname: a!.name }])
    await query(adminUrl, `DROP DATABASE ${template}`)
  })

  it('drops databases left by crashed runs, and only those', async () => {
    const dead = spawnSync('true').pid!
    const stale = await createTestDatabase(`cr_test_${dead}_crashed`, {
      adminUrl,
      template: 'template1',
    })
    const live = await createTestDatabase(undefined, { adminUrl, template: 'template1' })
    created.push(live)
    const dropped = await dropStaleTestDatabases(adminUrl)
    expect(dropped).toContain(stale.name)
    expect(dropped).not.toContain(live.name)
  })
})

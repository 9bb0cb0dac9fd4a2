import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createMigration, SNAPSHOT } from './create-migration.ts'
import { applyMigrations } from './migrate.ts'
import { LOCKFILE_CONTENT } from './migrations-dir.ts'
import { createTestDatabase, type TestDatabase } from './testing/test-databases.ts'
import { SCHEMA_HEADER, removeTempDirs, tempDir } from './testing/fixtures.ts'

const V1 = `${SCHEMA_HEADER}
model Committee {
  id   String @id @db.Uuid
  name String
}
`
const V2 = `${SCHEMA_HEADER}
model Committee {
  id      String   @id @db.Uuid
  name    String
  address String?
  members Member[]
}

model Member {
  id          String    @id @db.Uuid
  committeeId String    @db.Uuid
  committee   Committee @relation(fields: [committeeId], references: [id])
}
`

describe('createMigration (no database)', () => {
  afterAll(removeTempDirs)
  const root = tempDir('create')
  const schemaPath = path.join(root, 'schema.prisma')
  const migrationsDir = path.join(root, 'migrations')
  const now = new Date('2026-01-02T03:04:05Z')
  const run = (name: string, appendSql?: string) =>
    createMigration({ name, schemaPath, migrationsDir, now, appendSql })
  const dirs = () => fs.readdirSync(migrationsDir).filter((f) => !f.includes('.'))

  it('writes the first migration, the lockfile and the snapshot', async () => {
    fs.writeFileSync(schemaPath, V1)
    const result = await run('init')
    expect(result.name).toBe('20260102030405_init')
    expect(result.sql).toContain('CREATE TABLE "Committee"')
    expect(result.sql).not.toContain('CREATE SCHEMA') // the base is a fresh database, not "nothing"
    expect(fs.readFileSync(path.join(migrationsDir, result.name!, 'migration.sql'), 'utf8')).toBe(
      result.sql,
    )
    expect(fs.readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(
      LOCKFILE_CONTENT,
    )
    expect(fs.readFileSync(path.join(migrationsDir, SNAPSHOT), 'utf8')).toBe(V1)
  })

  it('writes nothing when the schema did not change', async () => {
    expect(await run('again')).toEqual({ name: null, sql: null })
    expect(dirs()).toHaveLength(1)
  })

  it('writes only the difference for an added column and model, named in snake_case, ordered after the last', async () => {
    fs.writeFileSync(schemaPath, V2)
    const result = await run('Add members & address')
    expect(result.name).toBe('20260102030406_add_members_address') // same `now`: one second later
    expect(result.sql).toContain('ALTER TABLE "Committee" ADD COLUMN     "address" TEXT;')
    expect(result.sql).toContain('CREATE TABLE "Member"')
    expect(result.sql).toContain(
      'ADD CONSTRAINT "Member_committeeId_fkey" FOREIGN KEY ("committeeId")',
    )
    expect(result.sql).not.toContain('CREATE TABLE "Committee"')
    expect(fs.readFileSync(path.join(migrationsDir, SNAPSHOT), 'utf8')).toBe(V2)
  })

  it('appends hand-written SQL after the generated part, or alone when the schema is unchanged', async () => {
    const trigram =
      'CREATE EXTENSION IF NOT EXISTS pg_trgm;\nCREATE INDEX committee_name_trgm ON "Committee" USING gin (name gin_trgm_ops);'
    const result = await run('trigram', trigram)
    expect(result.sql).toBe(
      `-- Hand-written SQL (Prisma cannot express this in schema.prisma)\n${trigram}\n`,
    )
    expect(dirs()).toHaveLength(3)
  })

  it('refuses to guess when migrations exist without a snapshot', async () => {
    fs.rmSync(path.join(migrationsDir, SNAPSHOT))
    await expect(run('x')).rejects.toThrow(/no schema\.snapshot\.prisma/)
  })

  describe('the generated migrations', () => {
    let db: TestDatabase
    beforeAll(async () => {
      db = await createTestDatabase(undefined, {
        adminUrl: inject('crDbAdminUrl'),
        template: 'template1',
      })
    })
    afterAll(() => db?.drop())

    it('apply to an empty database', async () => {
      expect(
        await applyMigrations({ connectionString: db.connectionString, migrationsDir }),
      ).toEqual(dirs())
    })
  })
})

// Writes the next migration from a change to schema.prisma, with no database at all.
// `prisma migrate dev` would replay every migration into a shadow database to learn the
// current state; the driver adapter cannot introspect one (see TOOLCHAIN.md). Instead we
// keep the schema the last migration was generated from and let the engine diff it against
// the current schema.prisma (`schemaDatamodel` → `schemaDatamodel`, pure computation).
//
// Snapshot: ONE file, `migrations/schema.snapshot.prisma`, rather than a copy per migration
// directory. Both are ignored by Prisma (it reads only `<dir>/migration.sql`), but after two
// branches each add a migration, per-directory copies would silently make the newer one the
// base and the next diff would re-create the other branch's tables. A single file is merged
// by git like schema.prisma itself: cleanly, or with a conflict a person must resolve.
//
// Hand-written SQL (CREATE EXTENSION, triggers, partial indexes, grants: what schema.prisma
// cannot express) goes into the same migration.sql, after the generated part: pass
// `appendSql` (CLI: `--append file.sql`), or edit migration.sql before it is applied
// anywhere (afterwards its checksum in `_prisma_migrations` must not change).
import fs from 'node:fs/promises'
import path from 'node:path'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { openSchemaEngine } from './engine/load.ts'
import { offlineAdapterFactory } from './engine/offline-adapter.ts'
import { ensureLockfile, listMigrations } from './migrations-dir.ts'
import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from './paths.ts'

export const SNAPSHOT = 'schema.snapshot.prisma'
// Base of the first migration: what a fresh database has, like migrate dev's empty shadow
// database. (`{ tag: 'empty' }` would also emit CREATE SCHEMA "public", which fails for a
// non-owner role.)
const EMPTY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n'

export interface CreateMigrationOptions {
  /** Free text; becomes snake_case in the directory name. */
  name: string
  schemaPath?: string
  migrationsDir?: string
  /** Hand-written SQL appended after the generated statements. */
  appendSql?: string
  /** For tests; the directory timestamp is this time in UTC. */
  now?: Date
}

export interface CreateMigrationResult {
  /** Directory name, e.g. `20260102030405_add_members`; null when nothing changed. */
  name: string | null
  sql: string | null
}

export async function createMigration(
  options: CreateMigrationOptions,
): Promise<CreateMigrationResult> {
  const migrationsDir = path.resolve(options.migrationsDir ?? defaultMigrationsDir)
  const current = await fs.readFile(options.schemaPath ?? defaultSchemaPath, 'utf8')
  const existing = (await listMigrations(migrationsDir)).migrationDirectories.map((d) => d.path)
  const snapshot = await fs.readFile(path.join(migrationsDir, SNAPSHOT), 'utf8').catch(() => null)
  if (snapshot === null && existing.length > 0)
    throw new Error(
      `${migrationsDir} has migrations but no ${SNAPSHOT}: cannot tell what they already create`,
    )

  const generated = await diffSchemas(snapshot ?? EMPTY_SCHEMA, current)
  const appendSql = options.appendSql?.trim()
  if (generated === null && !appendSql) return { name: null, sql: null }

  const parts = [generated ?? '']
  if (appendSql)
    parts.push(`-- Hand-written SQL (Prisma cannot express this in schema.prisma)\n${appendSql}\n`)
  const sql = parts.filter(Boolean).join('\n')
  const name = `${timestamp(options.now ?? new Date(), existing.at(-1))}_${snakeCase(options.name)}`

  await ensureLockfile(migrationsDir)
  await fs.mkdir(path.join(migrationsDir, name)) // fails if it exists: never overwrite
  await fs.writeFile(path.join(migrationsDir, name, 'migration.sql'), sql)
  await fs.writeFile(path.join(migrationsDir, SNAPSHOT), current)
  return { name, sql }
}

/** The SQL from `from` to `to`, or null when they describe the same database. */
export async function diffSchemas(from: string, to: string): Promise<string | null> {
  const engine = await openSchemaEngine(bindMigrationAwareSqlAdapterFactory(offlineAdapterFactory))
  try {
    const file = (content: string) => ({
      tag: 'schemaDatamodel' as const,
      files: [{ path: 'schema.prisma', content }],
    })
    const result = await engine.diff({
      from: file(from),
      to: file(to),
      script: true,
      exitCode: true, // 0: no difference, 2: there is one
      filters: { externalTables: [], externalEnums: [] },
    })
    return result.exitCode === 2 ? (result.stdout ?? '') : null
  } finally {
    engine.free()
  }
}

export function snakeCase(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200)
  if (!snake) throw new Error(`Migration name "${name}" has no letters or digits`)
  return snake
}

/** UTC yyyyMMddHHmmss, and always later than the newest existing migration so order holds. */
function timestamp(now: Date, newest?: string): string {
  const format = (d: Date) => d.toISOString().replace(/\D/g, '').slice(0, 14)
  let stamp = format(now)
  const last = newest?.match(/^(\d{14})_/)?.[1]
  if (last && stamp <= last) {
    const t = last.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3T$4:$5:$6Z')
    stamp = format(new Date(Date.parse(t) + 1000))
  }
  return stamp
}

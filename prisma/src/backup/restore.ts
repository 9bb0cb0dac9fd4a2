// Restores a backup into an empty database: checks the header (format, schema, key) before
// touching anything, applies the migrations up to the backup's last one, loads every table in
// one transaction (foreign-key order; the tables' own triggers — the audit log's guard, the
// locked-roll guard, derived-index triggers — are off while loading, since the rows are loaded
// as they were), sets the sequences, reads every table back against the checksums, commits,
// and only then applies the migrations newer than the backup.
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { applyMigrations } from '../migrate.ts'
import { listMigrations } from '../migrations-dir.ts'
import { migrationsDir as defaultMigrationsDir } from '../paths.ts'
import { decryptStream } from './chunk-cipher.ts'
import { END_OF_ROWS, parseDirective, type TTrailer } from './content.ts'
import { BackupError } from './errors.ts'
import { damaged, headerDigest, readHeader, type TBackupHeader } from './header.ts'
import { deriveKey, describeKeySource, keyCheck, type TBackupKeySource } from './key.ts'
import { readLines } from './lines.ts'
import { RowChecksum } from './row-checksum.ts'
import { copyColumns, listTables, type TTable } from './tables.ts'
import { copyTo } from './copy-to.ts'

export interface RestoreOptions {
  file: string
  connectionString: string
  key: TBackupKeySource | undefined
  /** Defaults to prisma/migrations. */
  migrationsDir?: string
}

export interface RestoreResult {
  header: TBackupHeader
  /** Migrations newer than the backup, applied after loading it. */
  migratedAfter: string[]
  rows: number
}

/** The header alone, and whether this code can restore it (no key needed). */
export async function inspectBackup(file: string, migrationsDir = defaultMigrationsDir) {
  const handle = await fs.promises.open(file, 'r')
  try {
    const { header, encoded, bodyStart } = await readHeader(handle)
    const known = (await listMigrations(migrationsDir)).migrationDirectories.map((m) => m.path)
    const unknown = header.migrations.filter((name) => !known.includes(name))
    return { header, encoded, bodyStart, known, unknown }
  } finally {
    await handle.close()
  }
}

/**
 * Everything a restore can check before writing anything: the file's header, that this code
 * knows the backup's schema, and the key. The restore command runs it before it creates a
 * cluster, so a wrong passphrase leaves no half-made folder behind.
 */
export async function checkBackup(
  file: string,
  source: TBackupKeySource | undefined,
  migrationsDir = defaultMigrationsDir,
) {
  const { header, encoded, bodyStart, unknown } = await inspectBackup(file, migrationsDir)
  if (unknown.length > 0 || !header.lastMigration)
    throw new BackupError(
      'newer-schema',
      `此备份来自更新版本的程序（未知的数据库迁移：${unknown.join(', ') || '无'}），请先升级本程序再恢复。`,
      `This backup comes from a newer version of the program (unknown migrations: ${unknown.join(', ') || 'none'}); upgrade this program before restoring it.`,
    )
  const key = deriveKey(source, header.key)
  if (keyCheck(key) !== header.keyCheck) {
    const needs = describeKeySource(header.key)
    throw new BackupError(
      'wrong-key',
      `${needs.zh}不正确：无法解密此备份。请提供创建备份时使用的${needs.zh}。`,
      `${needs.en[0]!.toUpperCase()}${needs.en.slice(1)} is wrong: this backup cannot be decrypted. Supply the one it was made with.`,
    )
  }
  return { header, encoded, bodyStart, key }
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir
  const { header, encoded, bodyStart, key } = await checkBackup(
    options.file,
    options.key,
    migrationsDir,
  )
  await assertEmpty(options.connectionString)

  await applyMigrations({
    connectionString: options.connectionString,
    migrationsDir,
    upTo: header.lastMigration,
  })
  const client = new pg.Client({
    connectionString: options.connectionString,
    application_name: 'cr-restore',
  })
  await client.connect()
  let rows: number
  try {
    await client.query('BEGIN')
    const tables = await listTables(client)
    for (const t of tables)
      await client.query(`ALTER TABLE ${client.escapeIdentifier(t.name)} DISABLE TRIGGER USER`)
    // Rows the migrations themselves inserted (code lists) come back from the backup instead.
    await client.query(`TRUNCATE ${tables.map((t) => client.escapeIdentifier(t.name)).join(', ')}`)
    const trailer = await pipeline(
      fs.createReadStream(options.file, { start: bodyStart }),
      decryptStream(key, Buffer.from(header.noncePrefix, 'base64'), headerDigest(encoded)),
      zlib.createGunzip(),
      (source) => loadTables(client, readLines(source)),
    )
    for (const seq of trailer.sequences)
      if (seq.lastValue !== null)
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
          client.escapeIdentifier(seq.name),
          seq.lastValue,
          seq.isCalled,
        ])
    for (const t of tables)
      await client.query(`ALTER TABLE ${client.escapeIdentifier(t.name)} ENABLE TRIGGER USER`)
    rows = await verify(client, tables, trailer)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
  const migratedAfter = await applyMigrations({
    connectionString: options.connectionString,
    migrationsDir,
  })
  return { header, migratedAfter, rows }
}

async function assertEmpty(connectionString: string) {
  const client = new pg.Client({ connectionString, application_name: 'cr-restore' })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
    )
    if (Number(rows[0]!.n) > 0)
      throw new BackupError(
        'target-not-empty',
        '目标数据库不是空的：恢复只写入新建的空数据库，不会覆盖现有数据。',
        'The target database is not empty: a restore writes only into a new, empty database and never overwrites data.',
      )
  } finally {
    await client.end()
  }
}

async function loadTables(client: pg.Client, lines: AsyncIterable<Buffer>): Promise<TTrailer> {
  let table: TTable | null = null
  let copy: ReturnType<typeof copyFrom> | null = null
  let batch: Buffer[] = []
  let size = 0
  const flush = async () => {
    if (!copy || size === 0) return
    const data = Buffer.concat(batch)
    batch = []
    size = 0
    if (!copy.write(data)) await new Promise((resolve) => copy!.once('drain', resolve))
  }
  for await (const line of lines) {
    if (table) {
      if (line.length === 2 && line.toString('latin1') === END_OF_ROWS) {
        await flush()
        const stream = copy!
        await new Promise<void>((resolve, reject) => {
          stream.once('finish', resolve)
          stream.once('error', reject)
          stream.end()
        })
        table = null
        copy = null
        continue
      }
      batch.push(line, NEWLINE)
      size += line.length + 1
      if (size >= 256 * 1024) await flush()
      continue
    }
    const directive = parseDirective(line.toString('utf8'))
    if (directive?.kind === 'end') return directive.trailer
    if (directive?.kind !== 'table') throw damaged('unexpected content')
    table = directive.table
    copy = client.query(copyFrom(`COPY ${copyColumns(client, table)} FROM STDIN`))
  }
  throw damaged('the content ends too early')
}

const NEWLINE = Buffer.from('\n')

/** Reads every table back and compares rows and checksums with the backup's. */
async function verify(client: pg.Client, tables: TTable[], trailer: TTrailer): Promise<number> {
  let total = 0
  const wrong: string[] = []
  for (const [name, expected] of Object.entries(trailer.tables)) {
    const table = tables.find((t) => t.name === name)
    const sum = new RowChecksum()
    if (table) await copyTo(client, table, (chunk) => sum.update(chunk))
    if (!table || sum.rows !== expected.rows || sum.digest() !== expected.checksum)
      wrong.push(`${name} (${sum.rows}/${expected.rows})`)
    total += sum.rows
  }
  if (wrong.length > 0)
    throw new BackupError(
      'verify-failed',
      `恢复后核对不一致，已撤销恢复：${wrong.join(', ')}`,
      `The restored data does not match the backup; the restore was rolled back: ${wrong.join(', ')}`,
    )
  return total
}

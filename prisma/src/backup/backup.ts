// A consistent backup of the whole database while the server runs: one REPEATABLE READ, READ
// ONLY transaction (one snapshot for every table, writers never blocked), each table streamed
// with COPY TO STDOUT → gzip → AES-256-GCM chunks → the file. Memory stays bounded: nothing
// holds more than a chunk. Written to `<out>.partial` and renamed, so a file named like a
// backup is always a whole one. The field keys are outside the database and never read here.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import pg from 'pg'
import { encryptStream } from './chunk-cipher.ts'
import { tableLine, trailerLine, type TTrailer, END_OF_ROWS } from './content.ts'
import { encodeHeader, FORMAT_VERSION, headerDigest, type TBackupHeader } from './header.ts'
import { keyCheck, newKey, type TBackupKeySource } from './key.ts'
import { RowChecksum } from './row-checksum.ts'
import { copyTo } from './copy-to.ts'
import { listTables, readSequences } from './tables.ts'

export interface BackupOptions {
  connectionString: string
  out: string
  key: TBackupKeySource
  /** When the backup is made (metadata only); defaults to the wall clock. */
  now?: Date
}

export interface BackupResult {
  file: string
  bytes: number
  header: TBackupHeader
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const { key, params } = newKey(options.key)
  const client = new pg.Client({
    connectionString: options.connectionString,
    application_name: 'cr-backup',
  })
  await client.connect()
  const partial = `${options.out}.partial`
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const tables = await listTables(client)
    const migrations = await appliedMigrations(client)
    const counts: Record<string, number> = {}
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${client.escapeIdentifier(table.name)}`,
      )
      counts[table.name] = Number(rows[0]!.n)
    }
    const header: TBackupHeader = {
      format: FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      lastMigration: migrations.at(-1) ?? '',
      migrations,
      tables: counts,
      key: params,
      keyCheck: keyCheck(key),
      noncePrefix: crypto.randomBytes(8).toString('base64'),
    }
    const encoded = encodeHeader(header)
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true })
    const out = fs.createWriteStream(partial, { mode: 0o600 })
    out.write(encoded)
    const plain = new PassThrough()
    const written = pipeline(
      plain,
      zlib.createGzip({ level: 6 }),
      encryptStream(key, Buffer.from(header.noncePrefix, 'base64'), headerDigest(encoded)),
      out,
    )
    const write = async (data: Buffer | string) => {
      if (!plain.write(data)) await new Promise((resolve) => plain.once('drain', resolve))
    }
    const trailer: TTrailer = { tables: {}, sequences: [] }
    try {
      for (const table of tables) {
        await write(tableLine(table))
        const sum = new RowChecksum()
        await copyTo(client, table, async (chunk) => {
          sum.update(chunk)
          await write(chunk)
        })
        await write(`${END_OF_ROWS}\n`)
        trailer.tables[table.name] = { rows: sum.rows, checksum: sum.digest() }
      }
      trailer.sequences = await readSequences(client)
      plain.end(trailerLine(trailer))
    } catch (error) {
      plain.destroy(error as Error)
      throw error
    } finally {
      await written.catch(() => {})
    }
    await written
    await client.query('COMMIT')
    fs.renameSync(partial, options.out)
    return { file: options.out, bytes: fs.statSync(options.out).size, header }
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    await client.end()
  }
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY migration_name`,
  )
  return rows.map((r) => r.migration_name)
}

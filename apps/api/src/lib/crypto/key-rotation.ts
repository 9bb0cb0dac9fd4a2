import type { FastifyBaseLogger } from 'fastify'
import type pg from 'pg'
import { dbLimitDefaults, setQueryTimeout } from '@cr/db/client'
import type { TFieldCipher } from './field-cipher.ts'

/**
 * Field-key rotation's background half: every value stored under an older key version is
 * re-encrypted under the current one, and its blind index (when it has one) re-computed with
 * the current index key in the same UPDATE. A row's hash is always under the index key of its
 * value's version (both are written together, by the same cipher), so "the value's first byte
 * is not the current version" finds both the values to re-encrypt and the hashes to re-index,
 * with no marker column.
 *
 * Batches of a few hundred rows per transaction, walked in key order from where the last batch
 * ended, `FOR UPDATE SKIP LOCKED`: two processes running it at once share the rows and never
 * wait on each other, a request editing a row is never blocked for long, and a stop half-way
 * loses nothing (each batch commits alone; the next run finds what is left). Nothing else of a
 * row changes: not its version (an edit in progress keeps its If-Match), not updated_at.
 */

type TColumn = {
  /** SQL giving the stored value (bytea, null when none), over the table's alias `t`. */
  read: string
  /** The SET assignment(s), given the new value's and the new hash's SQL (null: unchanged). */
  set: (value: string, hash: string) => string
  /** Whether a blind index is kept beside the value. */
  hashed: boolean
  /** Files: encrypted with `encryptBytes` under this context (of the row's key). */
  context?: (key: string[]) => string
}

type TTarget = {
  table: string
  /** The key's columns (uuid), walked in order; a fixed condition (rows without ciphertext). */
  key: string[]
  where?: string
  columns: TColumn[]
  /** Rows per transaction at most: files are big, so they go a few at a time. */
  batchCap: number
}

const plain = (column: string, hash?: string): TColumn => ({
  read: `t.${column}`,
  set: (value, h) =>
    `${column} = COALESCE(${value}, t.${column})` +
    (hash ? `, ${hash} = CASE WHEN ${value} IS NULL THEN t.${hash} ELSE ${h} END` : ''),
  hashed: !!hash,
})

/** Every encrypted column (prisma/schema.prisma: `*_cipher`, `*_hash`, the stored files). */
const targets: TTarget[] = [
  {
    table: 'resident',
    key: ['id'],
    columns: [plain('id_number_cipher', 'id_number_hash'), plain('phone_cipher', 'phone_hash')],
    batchCap: Infinity,
  },
  {
    table: 'dwelling',
    key: ['id'],
    columns: [plain('owner_id_number_cipher')],
    batchCap: Infinity,
  },
  {
    table: 'subsidy_case',
    key: ['id'],
    columns: [plain('bank_account_cipher')],
    batchCap: Infinity,
  },
  {
    table: 'patrol_questioning',
    key: ['id'],
    columns: [plain('id_number_cipher')],
    batchCap: Infinity,
  },
  {
    // An import's undo snapshot of a person it updated keeps their phone as it was (base64).
    table: 'import_record',
    key: ['job_id', 'entity_id'],
    where: `t.entity_type = 'resident' AND t.before ? 'phoneCipher'
      AND jsonb_typeof(t.before->'phoneCipher') = 'string'`,
    columns: [
      {
        read: `decode(t.before->>'phoneCipher', 'base64')`,
        set: (value, hash) =>
          `before = CASE WHEN ${value} IS NULL THEN t.before ELSE jsonb_set(jsonb_set(t.before,
             '{phoneCipher}', to_jsonb(encode(${value}, 'base64'))), '{phoneHash}', to_jsonb(${hash})) END`,
        hashed: true,
      },
    ],
    batchCap: Infinity,
  },
  {
    table: 'import_file',
    key: ['job_id'],
    // Uploads stored before encryption are encrypted when the API starts (stored-file.ts).
    where: 't.encrypted',
    columns: [{ ...plain('content'), context: ([id]) => `import_file:${id}` }],
    batchCap: 2,
  },
  {
    table: 'patrol_photo',
    key: ['id'],
    columns: [{ ...plain('bytes'), context: ([id]) => `patrol_photo:${id}` }],
    batchCap: 32,
  },
]

/** A value under another version than the current (its first byte), read as a 1-byte slice. */
const older = (read: string) => `(${read} IS NOT NULL AND substring(${read} from 1 for 1) <> $1)`
const olderRow = (target: TTarget) =>
  `(${target.columns.map((c) => older(c.read)).join(' OR ')})${target.where ? ` AND ${target.where}` : ''}`

/**
 * A statement of a batch may take longer than a request's (5 s): finding the next rows under an
 * older version can walk a long stretch of a big table, and a batch of files reads megabytes.
 */
const batchStatementMs = 120_000

type TRotationDeps = {
  db: { pool: pg.Pool }
  cipher: TFieldCipher
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>
}

type TCounts = { reencrypted: number; reindexed: number; unreadable: number }

/** One batch of one table, in its own transaction; the last key seen, or null when none left. */
const rotateBatch = async (
  client: pg.PoolClient,
  cipher: TFieldCipher,
  target: TTarget,
  after: string[] | null,
  limit: number,
  counts: TCounts,
): Promise<string[] | null> => {
  const version = Buffer.from([cipher.currentVersion])
  const reads = target.columns.map((c, i) => `${c.read} AS c${i}`).join(', ')
  const key = `(${target.key.map((k) => `t.${k}`).join(', ')})`
  const from =
    after === null ? '' : `AND ${key} > (${after.map((_, i) => `$${i + 2}::uuid`).join(', ')})`
  await client.query('BEGIN')
  try {
    await client.query(`SET LOCAL statement_timeout = ${batchStatementMs}`)
    const { rows } = await client.query<Record<string, Buffer | string | null>>(
      `SELECT ${target.key.map((k, i) => `t.${k} AS k${i}`).join(', ')}, ${reads}
       FROM ${target.table} t WHERE ${olderRow(target)} ${from}
       ORDER BY ${target.key.map((k) => `t.${k}`).join(', ')} LIMIT ${limit}
       FOR UPDATE OF t SKIP LOCKED`,
      after === null ? [version] : [version, ...after],
    )
    if (rows.length === 0) {
      await client.query('COMMIT')
      return null
    }
    const keyOf = (row: Record<string, unknown>) => target.key.map((_, i) => row[`k${i}`] as string)
    // Per column: the new value and hash, null where the value stays as it is.
    const values = target.columns.map(() => [] as (Buffer | null)[])
    const hashes = target.columns.map(() => [] as (string | null)[])
    for (const row of rows) {
      target.columns.forEach((column, i) => {
        const stored = row[`c${i}`] as Buffer | null
        let value: Buffer | null = null
        let hash: string | null = null
        if (stored && stored[0] !== cipher.currentVersion) {
          try {
            if (column.context) {
              const context = column.context(keyOf(row))
              value = cipher.encryptBytes(cipher.decryptBytes(stored, context), context)
            } else {
              const text = cipher.decrypt(stored)
              value = Buffer.from(cipher.encrypt(text))
              if (column.hashed) hash = cipher.blindIndex(text)
            }
            counts.reencrypted++
            if (hash !== null) counts.reindexed++
          } catch {
            // A version whose key is not configured (or a damaged value): left as it is, said
            // once per run by the caller; the walk moves past it.
            counts.unreadable++
          }
        }
        values[i]!.push(value)
        hashes[i]!.push(hash)
      })
    }
    const params: unknown[] = target.key.map((_, i) => rows.map((r) => r[`k${i}`]))
    const columns = target.key.map((_, i) => `$${i + 1}::uuid[]`)
    const names = target.key.map((_, i) => `k${i}`)
    target.columns.forEach((_, i) => {
      params.push(values[i], hashes[i])
      columns.push(`$${params.length - 1}::bytea[]`, `$${params.length}::text[]`)
      names.push(`c${i}`, `h${i}`)
    })
    await client.query(
      `UPDATE ${target.table} t SET ${target.columns.map((c, i) => c.set(`v.c${i}`, `v.h${i}`)).join(', ')}
       FROM unnest(${columns.join(', ')}) AS v(${names.join(', ')})
       WHERE ${key} = (${target.key.map((_, i) => `v.k${i}`).join(', ')})${target.where ? ` AND ${target.where}` : ''}`,
      params,
    )
    await client.query('COMMIT')
    return keyOf(rows.at(-1)!)
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/**
 * Re-encrypts every value stored under an older key version and re-indexes its hash; returns
 * what it changed. Idempotent: a second run (or a run after another process finished) finds
 * nothing. `signal` stops it between batches (the server closing).
 */
export const rotateFieldKeys = async (
  deps: TRotationDeps,
  options: { batchRows?: number; signal?: AbortSignal } = {},
): Promise<{ reencrypted: number; reindexed: number }> => {
  const batchRows = options.batchRows ?? 500
  const counts: TCounts = { reencrypted: 0, reindexed: 0, unreadable: 0 }
  const client = await deps.db.pool.connect()
  // The client's own deadline follows the server's (reset when the client is released).
  setQueryTimeout(client, batchStatementMs + dbLimitDefaults.queryTimeoutMarginMs)
  try {
    for (const target of targets) {
      let after: string[] | null = null
      do {
        if (options.signal?.aborted) return counts
        after = await rotateBatch(
          client,
          deps.cipher,
          target,
          after,
          Math.min(batchRows, target.batchCap),
          counts,
        )
      } while (after !== null)
    }
  } finally {
    client.release()
  }
  if (counts.unreadable > 0)
    deps.log.warn(
      { unreadable: counts.unreadable },
      'field-key rotation: values under a key version that is not configured were left as they are',
    )
  return { reencrypted: counts.reencrypted, reindexed: counts.reindexed }
}

/** Whether some table has a value under an older version (an EXISTS per table: stops early). */
export const fieldKeyRotationPending = async (
  db: { pool: Pick<pg.Pool, 'query'> },
  cipher: Pick<TFieldCipher, 'currentVersion'>,
  tables: string[] = targets.map((t) => t.table),
): Promise<boolean> => {
  const version = Buffer.from([cipher.currentVersion])
  const checks = targets
    .filter((t) => tables.includes(t.table))
    .map((t) => `EXISTS (SELECT 1 FROM ${t.table} t WHERE ${olderRow(t)})`)
  const { rows } = await db.pool.query<{ pending: boolean }>(
    `SELECT ${checks.join(' OR ')} AS pending`,
    [version],
  )
  return rows[0]!.pending
}

/** Whether some person still carries a hash under an older index key (imports wait for it). */
export const blindIndexPending = (
  db: { pool: Pick<pg.Pool, 'query'> },
  cipher: Pick<TFieldCipher, 'currentVersion'>,
) => fieldKeyRotationPending(db, cipher, ['resident'])

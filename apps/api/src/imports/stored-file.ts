import type pg from 'pg'
import type { TBytesCipher } from '../lib/crypto/bytes-cipher.ts'

/**
 * A job's upload at rest: encrypted under the field key (the ledger holds full ID numbers, and
 * the table's pages, TOAST and the WAL would otherwise keep them in the clear), bound to its job
 * by the cipher's context. Kept while the job may be checked again, committed or reported on,
 * and deleted when the retention setting says (file-retention.ts).
 */
const context = (jobId: string) => `import_file:${jobId}`

type TQuery = Pick<pg.Pool, 'query'>

/** Stores an upload, encrypted, through the caller's connection (its transaction). */
export const storeFile = async (
  client: TQuery,
  cipher: TBytesCipher,
  jobId: string,
  content: Buffer,
) => {
  await client.query('INSERT INTO import_file (job_id, content, encrypted) VALUES ($1, $2, true)', [
    jobId,
    cipher.encryptBytes(content, context(jobId)),
  ])
}

/**
 * The plain bytes of a job's stored upload, or null once it has been purged. Read through the
 * raw pool: pg hands a bytea back as one Buffer (decoded from its hex text form); through Prisma
 * the value was converted again on the way, several copies of a 50 MB ledger in flight at once.
 * The ciphertext is dropped on return; the caller holds only the plain bytes.
 */
export const readStoredFile = async (
  pool: TQuery,
  cipher: TBytesCipher,
  jobId: string,
): Promise<Buffer | null> => {
  const { rows } = await pool.query<{ content: Buffer; encrypted: boolean }>(
    'SELECT content, encrypted FROM import_file WHERE job_id = $1',
    [jobId],
  )
  const row = rows[0]
  if (!row) return null
  // Only an upload stored before encryption, until `encryptPlainFiles` has run at start.
  if (!row.encrypted) return row.content
  return cipher.decryptBytes(row.content, context(jobId))
}

/**
 * Encrypts uploads stored in the clear by an earlier version, one at a time (a file may be
 * 50 MB). Runs at start; returns how many it encrypted. The old row versions stay in the table
 * until VACUUM removes them (autovacuum does, soon after so many updated bytes).
 */
export const encryptPlainFiles = async (pool: TQuery, cipher: TBytesCipher): Promise<number> => {
  let done = 0
  for (;;) {
    const { rows } = await pool.query<{ job_id: string; content: Buffer }>(
      'SELECT job_id, content FROM import_file WHERE NOT encrypted LIMIT 1',
    )
    const row = rows[0]
    if (!row) return done
    await pool.query(
      'UPDATE import_file SET content = $2, encrypted = true WHERE job_id = $1 AND NOT encrypted',
      [row.job_id, cipher.encryptBytes(row.content, context(row.job_id))],
    )
    done++
  }
}

// The import benchmark's baseline, the physical limit: PostgreSQL's COPY of the resident rows the
// import writes, into the `resident` table of a fresh migrated database exactly as migrated (its
// indexes, foreign keys and the statement trigger that fills resident_name_bigram all stay: the
// limit is that of writing these rows into that table as it is, not into a bare heap).
//
// The rows are the ledger's people (ledger-people.ts) through the one row builder of the API
// (residentRowData: encrypted ID number, blind index, masked form, last four, name bigrams) as
// COPY text lines, all built before the clock starts; only the COPY statement is timed.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { createFieldCipher } from '../../src/lib/crypto/field-cipher.ts'
import { residentRowData } from '../../src/modules/residents/resident-row.ts'
import { benchFieldKeys } from '../lib/app-server.ts'
import { residentCopyLine, residentCopySql } from '../residents/copy-text.ts'
import { ledgerCommitteeName, ledgerPeople } from './ledger-people.ts'

/** The COPY text of the ledger's residents, in ~64 KB chunks (as the importer sends them). */
export const baselineChunks = (rows: number, committeeId: string): string[] => {
  const cipher = createFieldCipher(benchFieldKeys)
  const now = new Date()
  const chunks: string[] = []
  let chunk = ''
  for (const { person } of ledgerPeople(rows, committeeId)) {
    chunk += residentCopyLine(
      residentRowData(cipher, { ...person, createdAt: now, updatedAt: now }),
    )
    if (chunk.length > 64 * 1024) {
      chunks.push(chunk)
      chunk = ''
    }
  }
  if (chunk) chunks.push(chunk)
  return chunks
}

/** COPYs the rows into `resident` of the database given; seconds of the COPY statement alone. */
export const copyBaseline = async (
  connectionString: string,
  rows: number,
  committeeId: string,
  chunks: string[],
): Promise<number> => {
  const client = new pg.Client({ connectionString, application_name: 'cr-bench-import-copy' })
  await client.connect()
  try {
    await client.query(
      `INSERT INTO committee (id, code, name, updated_at) VALUES ($1, $2, $3, now())`,
      [committeeId, 'R001', ledgerCommitteeName],
    )
    const started = performance.now()
    await pipeline(Readable.from(chunks), client.query(copyFrom(residentCopySql)))
    const seconds = (performance.now() - started) / 1000
    const { rows: counted } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM resident',
    )
    if (counted[0]!.n !== rows) throw new Error(`COPY left ${counted[0]!.n} residents, not ${rows}`)
    return seconds
  } finally {
    await client.end()
  }
}

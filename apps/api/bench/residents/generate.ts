// Loads N generated residents (default 1,000,000) into a migrated database, fast:
//
// 1. 200 committees (one INSERT), so one committee has ~5,000 people as QUALITY.md §3 assumes;
// 2. the resident table's secondary indexes and foreign key, and the indexes of its name-search
//    side table resident_name_bigram, are dropped (their definitions read from the catalog
//    first): building an index once after the load costs far less than maintaining it row by
//    row (the GIN index above all). The side table itself is filled by resident's statement
//    trigger, which COPY fires once with all the rows (migration resident_name_bigram);
// 3. rows are built in this process — the person (population.ts), then the one row builder of
//    the API, the tests and the demo data (src/modules/residents/resident-row.ts): ID number
//    encrypted with the app's field cipher, blind index, masked form, last four, name bigrams —
//    and streamed with COPY … FROM STDIN (pg-copy-streams, text format) while PostgreSQL parses
//    the previous chunk on the other core;
// 4. the indexes are rebuilt from their catalog definitions (two at a time, one per core) and the
//    foreign key re-added (validated in one pass), so the schema ends exactly as migrated;
// 5. VACUUM (FREEZE, ANALYZE): statistics for the planner and a visibility map for index-only
//    scans, as on a table that has settled in production.
//
// Used by dataset.ts, which keeps the result between runs (see README.md).
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { TFieldCipher } from '../../src/lib/crypto/field-cipher.ts'
import { newId } from '../../src/lib/ids.ts'
import { createRandom } from '../../src/seed/random.ts'
import { residentRowData } from '../../src/modules/residents/resident-row.ts'
import { residentCopyLine, residentCopySql } from './copy-text.ts'
import { createPopulation, populationToday } from './population.ts'

export type TLoadOptions = {
  connectionString: string
  cipher: TFieldCipher
  count: number
  committees: number
  /** Seed of the generator: the same seed gives the same people. */
  seed: string
  log: (message: string) => void
}

export type TLoadReport = {
  count: number
  committees: number
  /** Building rows in Node and COPY, overlapped. */
  copyMs: number
  indexMs: number
  vacuumAnalyzeMs: number
  totalMs: number
  /** Rows per second of the COPY phase and of the whole load. */
  copyRowsPerS: number
  totalRowsPerS: number
  tableMb: number
  indexesMb: number
}

/** Committee codes and names of the generated district: R001 第001社区居委会, … */
const committeeRows = (count: number) => {
  const digits = String(count).length
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(digits, '0')
    return { id: newId(), code: `R${n}`, name: `第${n}社区居委会` }
  })
}

const rowsPerChunk = 2000

export const loadResidents = async (options: TLoadOptions): Promise<TLoadReport> => {
  const { count, log } = options
  const started = performance.now()
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 2,
    application_name: 'cr-bench-generate',
  })
  pool.on('error', (error) => log(`generator pool: ${error.message}`))
  try {
    const committees = committeeRows(options.committees)
    await pool.query(
      `INSERT INTO committee (id, code, name, updated_at)
       SELECT id, code, name, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, code, name)`,
      [committees.map((c) => c.id), committees.map((c) => c.code), committees.map((c) => c.name)],
    )

    // What the migrations made, to drop now and make again after the load.
    const { rows: indexes } = await pool.query<{ name: string; def: string }>(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE i.indrelid IN ('resident'::regclass, 'resident_name_bigram'::regclass)
         AND NOT i.indisprimary ORDER BY c.relname`,
    )
    const { rows: foreignKeys } = await pool.query<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = 'resident'::regclass AND contype = 'f' ORDER BY conname`,
    )
    for (const fk of foreignKeys)
      await pool.query(`ALTER TABLE resident DROP CONSTRAINT "${fk.name}"`)
    for (const index of indexes) await pool.query(`DROP INDEX "${index.name}"`)

    const random = createRandom(options.seed)
    const population = createPopulation(random.fork('people'), new Date())
    const pickCommittee = random.fork('committees')
    const today = new Date(`${populationToday}T00:00:00Z`)
    const copyStarted = performance.now()
    async function* lines() {
      let lastLog = performance.now()
      for (let done = 0; done < count;) {
        const chunk: string[] = []
        for (const end = Math.min(count, done + rowsPerChunk); done < end; done++) {
          const committee = committees[pickCommittee.int(0, committees.length - 1)]!
          const person = population.next(committee.id)
          chunk.push(residentCopyLine(residentRowData(options.cipher, person, today)))
        }
        yield chunk.join('')
        if (performance.now() - lastLog > 5000) {
          lastLog = performance.now()
          const rate = done / ((lastLog - copyStarted) / 1000)
          log(`residents: ${done.toLocaleString('en')} rows (${rate.toFixed(0)} rows/s)`)
        }
      }
    }
    const client = await pool.connect()
    try {
      await pipeline(Readable.from(lines()), client.query(copyFrom(residentCopySql)))
    } finally {
      client.release()
    }
    const copyMs = performance.now() - copyStarted
    log(
      `residents: ${count.toLocaleString('en')} rows copied in ${(copyMs / 1000).toFixed(1)} s ` +
        `(${(count / (copyMs / 1000)).toFixed(0)} rows/s); rebuilding ${indexes.length} indexes`,
    )

    // Two builds at once, one per core; each single-threaded (no parallel workers on 2 cores).
    const indexStarted = performance.now()
    const queue = [...indexes]
    const builder = async () => {
      const c = await pool.connect()
      try {
        await c.query(`SET maintenance_work_mem = '256MB'`)
        await c.query('SET max_parallel_maintenance_workers = 0')
        for (let index = queue.shift(); index; index = queue.shift()) await c.query(index.def)
      } finally {
        c.release()
      }
    }
    await Promise.all([builder(), builder()])
    for (const fk of foreignKeys)
      await pool.query(`ALTER TABLE resident ADD CONSTRAINT "${fk.name}" ${fk.def}`)
    const indexMs = performance.now() - indexStarted

    // The side table is the trigger's work during COPY: every live resident's bigrams, no more.
    const { rows: side } = await pool.query<{ stored: number; expected: number }>(
      `SELECT (SELECT count(*)::int FROM resident_name_bigram) AS stored,
              (SELECT count(*)::int FROM resident r, unnest(resident_name_bigrams(r.name))
               WHERE r.deleted_at IS NULL) AS expected`,
    )
    if (side[0]!.stored !== side[0]!.expected)
      throw new Error(
        `resident_name_bigram has ${side[0]!.stored} rows, expected ${side[0]!.expected}`,
      )
    log(`residents: resident_name_bigram filled by the trigger (${side[0]!.stored} rows)`)

    const vacuumStarted = performance.now()
    await pool.query('VACUUM (FREEZE, ANALYZE) resident')
    await pool.query('VACUUM (FREEZE, ANALYZE) resident_name_bigram')
    await pool.query('VACUUM (ANALYZE) committee')
    const vacuumAnalyzeMs = performance.now() - vacuumStarted

    const { rows: sizes } = await pool.query<{ table: string; indexes: string }>(
      `SELECT pg_table_size('resident') AS table, pg_indexes_size('resident') AS indexes`,
    )
    const totalMs = performance.now() - started
    return {
      count,
      committees: committees.length,
      copyMs,
      indexMs,
      vacuumAnalyzeMs,
      totalMs,
      copyRowsPerS: count / (copyMs / 1000),
      totalRowsPerS: count / (totalMs / 1000),
      tableMb: Number(sizes[0]!.table) / 2 ** 20,
      indexesMb: Number(sizes[0]!.indexes) / 2 ** 20,
    }
  } finally {
    await pool.end()
  }
}

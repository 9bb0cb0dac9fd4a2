import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type pg from 'pg'
import { parseIdNumber } from '@cr/shared/validators/id-number'

/**
 * Greps for ID numbers at rest: in a text (a pg_dump), in every column of every table, and in
 * the PostgreSQL data files. Used by the tests that say no full ID number is kept in the clear
 * (residents-dump.test.ts, imports-at-rest.test.ts).
 */

/** A number as a clerk typed it and the canonical 18 characters the system works with. */
export type TKnownIdNumber = { typed: string; canonical: string }

/**
 * The forms a known number may take at rest: the canonical 18 characters, with a lower-case x,
 * the 17 digits before the check character (so a number with another check character or none
 * is caught too), and the original as typed (a 15-digit number, full-width digits).
 */
export const idNumberForms = (numbers: readonly TKnownIdNumber[]): string[] => [
  ...new Set(
    numbers.flatMap((n) => [
      n.canonical,
      n.canonical.toLowerCase(),
      n.canonical.slice(0, 17),
      n.typed,
    ]),
  ),
]

/** Everything in a text that reads as a valid ID number (18 characters, or a foreigner's older 15). */
export const validIdNumbersIn = (text: string): string[] =>
  (text.match(/\b(?:\d{17}[\dXx]|[A-Za-z]{3}\d{12})\b/g) ?? []).filter(
    (candidate) => parseIdNumber(candidate).ok,
  )

export type TColumnHit = { table: string; column: string; rows: number }

const regexLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Every column of every table of the connected database holding one of `forms`: each value cast
 * to text and matched case-insensitively (a JSON snapshot, an array, a problem's message all
 * read as text); a bytea is searched as bytes (its hex against the forms' UTF-8 hex), so a file
 * stored in the clear is found whatever its encoding around the number.
 */
export const findInDatabase = async (
  pool: Pick<pg.Pool, 'query'>,
  forms: readonly string[],
): Promise<{ tables: number; hits: TColumnHit[] }> => {
  const { rows: columns } = await pool.query<{ table: string; column: string; type: string }>(
    `SELECT format('%I.%I', c.table_schema, c.table_name) AS table, c.column_name AS column,
       c.data_type AS type
     FROM information_schema.columns c
     JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE t.table_type = 'BASE TABLE'
       AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
       AND c.table_schema NOT LIKE 'pg\\_%'
     ORDER BY 1, c.ordinal_position`,
  )
  const quote = (literal: string) => `'${literal.replaceAll("'", "''")}'`
  const text = quote(forms.map(regexLiteral).join('|'))
  const hex = quote(forms.map((f) => Buffer.from(f, 'utf8').toString('hex')).join('|'))
  const byTable = new Map<string, typeof columns>()
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c])
  const hits: TColumnHit[] = []
  for (const [table, list] of byTable) {
    const counts = list.map((c, i) => {
      const column = `"${c.column.replaceAll('"', '""')}"`
      const test =
        c.type === 'bytea' ? `encode(${column}, 'hex') ~ ${hex}` : `${column}::text ~* ${text}`
      return `count(*) FILTER (WHERE ${test}) AS c${i}`
    })
    const { rows } = await pool.query<Record<string, string>>(
      `SELECT ${counts.join(', ')} FROM ${table}`,
    )
    list.forEach((c, i) => {
      const count = Number(rows[0]![`c${i}`])
      if (count > 0) hits.push({ table, column: c.column, rows: count })
    })
  }
  return { tables: byTable.size, hits }
}

/** `relation` names the table or index a file under base/ belongs to (null for the WAL). */
export type TFileHit = { file: string; relation: string | null; form: string }

/** The WAL segment PostgreSQL writes now: take it before a test writes, for findInDataFiles. */
export const currentWalSegment = async (pool: Pick<pg.Pool, 'query'>): Promise<string> =>
  (await pool.query<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment'))
    .rows[0]!.segment

/**
 * The forms in PostgreSQL's files after a CHECKPOINT: the relation files of the connected
 * database (tables, TOAST, indexes) and the WAL segments from `fromSegment` (currentWalSegment,
 * taken before the test wrote) to the one written now. The cluster may be shared with other test
 * files running at once, so only this test's own numbers are looked for, and only the WAL written
 * while it ran is read — chosen by the WAL's position, not by files' times: a test on another
 * machine date (libfaketime) sees its own clock moved but files' times real. Null when the data
 * directory is not on this machine (a TEST_DATABASE_URL elsewhere): the caller skips.
 */
export const findInDataFiles = async (
  pool: Pick<pg.Pool, 'query'>,
  forms: readonly string[],
  fromSegment: string,
): Promise<{ files: number; bytes: number; hits: TFileHit[] } | null> => {
  await pool.query('CHECKPOINT')
  // Segments past this one are preallocated or recycled: they hold no WAL written yet.
  const toSegment = await currentWalSegment(pool)
  const { rows } = await pool.query<{ dir: string; oid: number }>(
    `SELECT current_setting('data_directory') AS dir, oid FROM pg_database
     WHERE datname = current_database()`,
  )
  const { dir, oid } = rows[0]!
  const wal = path.join(dir, 'pg_wal')
  const relations = path.join(dir, 'base', String(oid))
  try {
    await Promise.all([stat(wal), stat(relations)])
  } catch {
    return null
  }
  // Segment names are fixed-width hex (timeline, log, segment): their order is the WAL's.
  const files = [
    ...(await readdir(relations)).map((f) => path.join(relations, f)),
    ...(await readdir(wal))
      .filter((f) => /^[0-9A-F]{24}$/.test(f) && f >= fromSegment && f <= toSegment)
      .map((f) => path.join(wal, f)),
  ]
  const needles = forms.flatMap((form) =>
    [...new Set([form, form.toLowerCase(), form.toUpperCase()])].map((variant) => ({
      form,
      bytes: Buffer.from(variant, 'utf8'),
    })),
  )
  const hits: TFileHit[] = []
  let bytes = 0
  for (const file of files) {
    // One file at a time (a WAL segment is 16 MB); a relation file may vanish meanwhile.
    const content = await open(file)
      .then(async (handle) => {
        try {
          return await handle.readFile()
        } finally {
          await handle.close()
        }
      })
      .catch(() => null)
    if (!content) continue
    bytes += content.length
    for (const needle of needles)
      if (content.includes(needle.bytes)) hits.push({ file, relation: null, form: needle.form })
  }
  for (const hit of hits) {
    const node = /base\/\d+\/(\d+)/.exec(hit.file)?.[1]
    if (!node) continue
    const { rows: named } = await pool.query<{ name: string | null }>(
      'SELECT pg_filenode_relation(0, $1)::regclass::text AS name',
      [Number(node)],
    )
    hit.relation = named[0]?.name ?? null
  }
  return { files: files.length, bytes, hits }
}

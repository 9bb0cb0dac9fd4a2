// For the backup test: one row in every table the demo community leaves empty, built from the
// catalog (every column given a value of its type, foreign keys pointing at an existing parent
// row), so that a table added later is covered without editing this file. Per-column values
// that a CHECK constraint or a trigger needs are in `overrides`.
import { listTables } from '@cr/db/backup/tables'
import pg from 'pg'

type TColumn = { name: string; type: string; nullable: boolean; enumLabel: string | null }

/** table → column → SQL value text, where a generic value breaks a rule of that table. */
const overrides: Record<string, Record<string, string | null>> = {
  // "A resident or a staff account, never both": the resident.
  patrol_team_member: { user_id: null },
  patrol_log_member: { user_id: null },
  patrol_roster_edit: { member_user_id: null },
  // "Of exactly one finding": the incident.
  patrol_follow_up: { questioning_id: null },
  // "A deposit is positive and names no case."
  assistance_fund_entry: { kind: 'deposit', fen: '100', case_id: null },
}

const sample = (c: TColumn): string | null => {
  if (c.enumLabel !== null) return c.enumLabel
  const t = c.type
  if (t.endsWith('[]')) return '{}'
  if (t === 'uuid') return '00000000-0000-4000-8000-00000000b4c1'
  if (/^(integer|bigint|smallint)$/.test(t)) return '1'
  if (t.startsWith('numeric') || t.startsWith('double') || t === 'real') return '1'
  if (t === 'boolean') return 'true'
  if (t === 'date') return '2026-11-30'
  if (t.startsWith('timestamp')) return '2026-11-30T02:00:00Z'
  if (t.startsWith('time')) return '10:00'
  if (t === 'jsonb' || t === 'json') return '{}'
  if (t === 'bytea') return '\\x00'
  if (t === 'inet') return '127.0.0.1'
  if (t === 'interval') return '1 day'
  return 'x'
}

export async function fillEmptyTables(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString, application_name: 'cr-test-fill' })
  await client.connect()
  const filled: string[] = []
  const failed: string[] = []
  try {
    for (const table of await listTables(client)) {
      const id = client.escapeIdentifier(table.name)
      const { rows: any } = await client.query(`SELECT 1 FROM ${id} LIMIT 1`)
      if (any.length > 0) continue
      const { rows: columns } = await client.query<TColumn>(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
                NOT a.attnotnull AS nullable,
                (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = a.atttypid
                  ORDER BY e.enumsortorder LIMIT 1) AS "enumLabel"
           FROM pg_attribute a
          WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
            AND a.attgenerated = '' AND a.attidentity = ''
            AND NOT EXISTS (SELECT 1 FROM pg_attrdef d WHERE d.adrelid = a.attrelid
                              AND d.adnum = a.attnum AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval%')
          ORDER BY a.attnum`,
        [id],
      )
      const values = new Map<string, string | null>()
      for (const c of columns) values.set(c.name, sample(c))
      // Foreign keys: the columns of one existing parent row (a self-reference stays null).
      const { rows: fks } = await client.query<{ parent: string; cols: string[]; refs: string[] }>(
        `SELECT k.confrelid::regclass::text AS parent,
                array(SELECT attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
                        JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.n ORDER BY i) AS cols,
                array(SELECT attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
                        JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.n ORDER BY i) AS refs
           FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid = $1::regclass`,
        [id],
      )
      for (const fk of fks) {
        const self = fk.parent.replace(/"/g, '') === table.name
        const { rows: parent } = self
          ? { rows: [] }
          : await client.query(
              `SELECT ${fk.refs.map((r) => `${client.escapeIdentifier(r)}::text`).join(', ')} FROM ${fk.parent} LIMIT 1`,
            )
        fk.cols.forEach((col, i) => values.set(col, parent[0]?.[fk.refs[i]!] ?? null))
      }
      for (const [col, value] of Object.entries(overrides[table.name] ?? {})) values.set(col, value)
      const names = [...values.keys()]
      const types = new Map(columns.map((c) => [c.name, c.type]))
      await client
        .query(
          `INSERT INTO ${id} (${names.map((n) => client.escapeIdentifier(n)).join(', ')})
         VALUES (${names.map((n, i) => `$${i + 1}::${types.get(n)}`).join(', ')})`,
          names.map((n) => values.get(n)),
        )
        .then(
          () => filled.push(table.name),
          (error: Error) => failed.push(`${table.name}: ${error.message}`),
        )
    }
  } finally {
    await client.end()
  }
  if (failed.length) throw new Error(`fillEmptyTables:\n${failed.join('\n')}`)
  return filled
}

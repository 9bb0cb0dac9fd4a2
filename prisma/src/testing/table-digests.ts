// Every table of the public schema (as information_schema lists them) → its row count and an
// md5 of its rows sorted by their text form: two databases with equal digests hold the same
// rows, row for row. For backup/restore tests.
import pg from 'pg'

export async function tableDigests(
  connectionString: string,
): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString, application_name: 'cr-test-digests' })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
    const result: Record<string, { rows: number; md5: string }> = {}
    for (const { table_name } of tables) {
      const t = client.escapeIdentifier(table_name)
      const { rows } = await client.query<{ n: string; md5: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(r.t, E'\\n' ORDER BY r.t), '')) AS md5
           FROM (SELECT x::text AS t FROM ${t} x) r`,
      )
      result[table_name] = { rows: Number(rows[0]!.n), md5: rows[0]!.md5 }
    }
    return result
  } finally {
    await client.end()
  }
}

import type pg from 'pg'

/** Tables whose rows change with every request whatever it does (a session's last activity). */
const restless = new Set(['session', '_prisma_migrations'])
/** Rows a read writes by design: every export is an audit row, whatever it finds. */
const readsLeave: Record<string, string> = { audit_event: `WHERE t.action <> 'export'` }

/**
 * A digest of every row of every table: equal before and after a run of requests means the run
 * wrote nothing anywhere — no record, no audit row (but an export's), no job.
 */
export const databaseFingerprint = async (pool: pg.Pool): Promise<Record<string, string>> => {
  const { rows } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const digest: Record<string, string> = {}
  for (const { table_name: table } of rows) {
    if (restless.has(table)) continue
    const { rows: sums } = await pool.query<{ n: string; md5: string }>(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5
       FROM "${table}" t ${readsLeave[table] ?? ''}`,
    )
    digest[table] = `${sums[0]!.n}:${sums[0]!.md5}`
  }
  return digest
}

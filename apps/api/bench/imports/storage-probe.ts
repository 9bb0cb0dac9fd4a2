// What a committed import left on disk: the database's tables with their indexes (and TOAST),
// largest first, and the total per imported resident. The capacity plan's bytes per resident
// (ARCHITECTURE.md, From one office to a city) rests on it: a ledger's residents come with their
// buildings, dwellings, households, members, history and an audit row per record created, which
// the 1M-resident dataset (residents alone) does not have. Read on the commit's own database
// just before it is dropped; a fresh clone holds nothing else of size.
import pg from 'pg'

export type TStorage = {
  residents: number
  /** Sum over the public schema's tables, indexes and TOAST included. */
  bytes: number
  bytesPerResident: number
  /** The tables above 1% of the total, largest first. */
  tables: { name: string; rows: number; bytes: number }[]
}

export const probeStorage = async (connectionString: string): Promise<TStorage> => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    // Exact row counts (the statistics may not have caught up with a fresh commit).
    await client.query('ANALYZE')
    const { rows } = await client.query<{ name: string; rows: string; bytes: string }>(
      `SELECT c.relname AS name, c.reltuples::bigint AS rows,
              pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       ORDER BY 3 DESC`,
    )
    const { rows: count } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM resident',
    )
    const residents = count[0]!.n
    const bytes = rows.reduce((sum, r) => sum + Number(r.bytes), 0)
    return {
      residents,
      bytes,
      bytesPerResident: residents ? Math.round(bytes / residents) : 0,
      tables: rows
        .filter((r) => Number(r.bytes) >= bytes / 100)
        .map((r) => ({ name: r.name, rows: Math.max(0, Number(r.rows)), bytes: Number(r.bytes) })),
    }
  } finally {
    await client.end()
  }
}

/** One progress line: the total per resident and the big tables in KiB. */
export const storageLine = (s: TStorage) =>
  `${(s.bytes / 2 ** 20).toFixed(1)} MiB for ${s.residents} residents = ` +
  `${s.bytesPerResident} B per resident; ` +
  s.tables.map((t) => `${t.name} ${t.rows} rows ${(t.bytes / 1024).toFixed(0)} KiB`).join(', ')

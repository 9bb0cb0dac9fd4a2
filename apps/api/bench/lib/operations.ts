// Turns what a scenario returns for one request (an HTTP request, SQL, or a call) into something
// the load driver can time. Kept apart from the scenarios so they only *describe* their work.
import type pg from 'pg'
import type { TBaseline, TOurs, TSqlQuery } from '../scenario.ts'
import type { THttpClient } from './http-client.ts'

const runSql = (pool: pg.Pool, query: TSqlQuery) => pool.query(query.text, query.values)

export const perform = (client: THttpClient, ours: TOurs): Promise<unknown> =>
  typeof ours === 'function' ? ours() : client.send(ours)

export const performBaseline = (pool: pg.Pool, baseline: TBaseline): Promise<unknown> => {
  if (typeof baseline === 'function') return baseline()
  // Several queries go out together, as Prisma sends a page and its count (Promise.all).
  if (Array.isArray(baseline)) return Promise.all(baseline.map((q) => runSql(pool, q)))
  return runSql(pool, baseline)
}

// Maintenance-database chores for the test helpers: short-lived admin connections, URLs of
// sibling databases, and cleaning up after crashed runs.
import pg from 'pg'
import { isProcessAlive } from '../embedded/postmaster.ts'

/** Drops test databases left behind by runs that crashed (their process is gone). */
export async function dropStaleTestDatabases(adminUrl: string): Promise<string[]> {
  const dropped: string[] = []
  await admin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^(cr_test|cr_template_build)_[0-9]+(_|$)'`,
    )
    for (const { datname } of rows) {
      if (isProcessAlive(Number(/_(\d+)(_|$)/.exec(datname)![1]))) continue
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(datname)} WITH (FORCE)`)
      dropped.push(datname)
    }
  })
  return dropped
}

/** The same server and credentials, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = '/' + encodeURIComponent(database)
  return u.toString()
}

export async function admin(
  adminUrl: string,
  fn: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'cr-test-admin' })
  await client.connect()
  try {
    await fn(client)
  } finally {
    await client.end()
  }
}

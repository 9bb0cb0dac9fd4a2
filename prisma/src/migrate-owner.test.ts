import crypto from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { applyMigrations } from './migrate.ts'
import { listMigrations } from './migrations-dir.ts'
import { migrationsDir } from './paths.ts'
import { admin, databaseUrl } from './testing/admin.ts'

const adminUrl = inject('crDbAdminUrl')

/**
 * A managed PostgreSQL (RDS, 云数据库 RDS for PostgreSQL, …) gives no superuser: the system's
 * database belongs to an ordinary role. Every migration must apply as that owner — no
 * extension, no role, nothing outside the database (README, "Hosted: an external PostgreSQL").
 */
describe('the migrations on a managed server', () => {
  const suffix = crypto.randomBytes(4).toString('hex')
  const role = `cr_owner_${suffix}`
  const database = `cr_owned_${suffix}`
  const password = crypto.randomBytes(12).toString('hex')
  afterAll(() =>
    admin(adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(database)} WITH (FORCE)`)
      await c.query(`DROP ROLE IF EXISTS ${c.escapeIdentifier(role)}`)
    }),
  )

  it('apply in full as the database owner, an ordinary role without superuser or CREATEDB', async () => {
    await admin(adminUrl, async (c) => {
      await c.query(
        `CREATE ROLE ${c.escapeIdentifier(role)} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`,
      )
      await c.query(
        `CREATE DATABASE ${c.escapeIdentifier(database)} OWNER ${c.escapeIdentifier(role)} TEMPLATE template0`,
      )
    })
    const url = new URL(databaseUrl(adminUrl, database))
    url.username = role
    url.password = password
    const connectionString = url.toString()

    const applied = await applyMigrations({ connectionString })
    const all = await listMigrations(migrationsDir)
    expect(applied).toHaveLength(all.migrationDirectories.length)

    const client = new pg.Client({ connectionString })
    await client.connect()
    try {
      const me = await client.query(
        'SELECT rolsuper, rolcreatedb FROM pg_roles WHERE rolname = current_user',
      )
      expect(me.rows).toEqual([{ rolsuper: false, rolcreatedb: false }])
      // Nothing beyond what every PostgreSQL has: no extension to ask the provider for.
      const extensions = await client.query('SELECT extname FROM pg_extension ORDER BY extname')
      expect(extensions.rows.map((r: { extname: string }) => r.extname)).toEqual(['plpgsql'])
      // The audit log's trigger is in place and refuses a change, as on the embedded server.
      await client.query(
        `INSERT INTO audit_event (id, actor_type, action, entity_type) VALUES ($1, 'system', 'create', 'test')`,
        [crypto.randomUUID()],
      )
      await expect(client.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow()
    } finally {
      await client.end()
    }
  })
})

// One PostgreSQL database per test file, cloned from a migrated template.
// Why clones: running the migrations costs ~0.1-1 s and grows with history; `CREATE DATABASE
// … TEMPLATE` copies the finished schema in milliseconds, and files running in parallel
// never see each other's rows. The template is dropped and rebuilt at the start of every
// run, so a new or edited migration is always picked up.
//
// Vitest wiring (see global-setup.ts):
//   vitest.config.ts:  test: { globalSetup: ['../../prisma/src/testing/global-setup.ts'] }
//   a test file:       const db = await createTestDatabase()      // in beforeAll
//                      … createDb({ connectionString: db.connectionString }) …
//                      await db.drop()                            // in afterAll
import crypto from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { startEmbeddedPostgres } from '../embedded.ts'
import { applyMigrations } from '../migrate.ts'
import { testDataDir } from '../paths.ts'
import { admin, databaseUrl } from './admin.ts'

export { databaseUrl }

export const TEMPLATE_DATABASE = 'cr_template'
/** Key under which global-setup.ts `provide`s the admin URL to test workers. */
export const ADMIN_URL_KEY = 'crDbAdminUrl'

export interface TestCluster {
  /** A URL with the right to CREATE/DROP DATABASE (its own database is not touched). */
  adminUrl: string
  /** True for the local embedded cluster (only this machine's processes use it). */
  embedded: boolean
  stop(): Promise<void>
}

export interface TestDatabase {
  name: string
  connectionString: string
  /** Drops the database, closing any connections still open to it. */
  drop(): Promise<void>
}

/**
 * TEST_DATABASE_URL, else DATABASE_URL (CI or a developer's own server), else the embedded
 * test cluster in <repo>/.data/test-postgres — apart from the development data.
 */
export async function ensureTestCluster(): Promise<TestCluster> {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL
  if (url) return { adminUrl: url, embedded: false, stop: async () => {} }
  const cluster = await startEmbeddedPostgres({
    dataDir: testDataDir,
    database: 'postgres',
    // Test data is disposable: skip the disk flushes that make DDL and clones slow.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
  })
  return { adminUrl: cluster.adminConnectionString, embedded: true, stop: () => cluster.stop() }
}

/**
 * (Re)builds the template database from the migrations. Returns its name.
 * Built under a temporary name and swapped in, so a concurrent run (two packages' Vitest at
 * once) never clones a half-migrated template; createTestDatabase retries across the swap.
 */
export async function prepareTemplate(
  adminUrl: string,
  options: { migrationsDir?: string; template?: string } = {},
): Promise<string> {
  const template = options.template ?? TEMPLATE_DATABASE
  const building = `${template}_build_${process.pid}`
  await admin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(building)} WITH (FORCE)`)
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(building)}`)
  })
  // applyMigrations closes its connection before returning: a template must have none.
  await applyMigrations({
    connectionString: databaseUrl(adminUrl, building),
    migrationsDir: options.migrationsDir,
  })
  await admin(adminUrl, async (c) => {
    // Serialise swaps of concurrent runs; DROP waits for clones in progress to finish.
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template])
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(template)} WITH (FORCE)`)
    await c.query(
      `ALTER DATABASE ${c.escapeIdentifier(building)} RENAME TO ${c.escapeIdentifier(template)}`,
    )
  })
  return template
}

/**
 * Clones the template into a new database. `adminUrl` defaults to the value provided by
 * global-setup.ts (Vitest `inject`), so test files need no arguments.
 */
export async function createTestDatabase(
  name?: string,
  options: { adminUrl?: string; template?: string } = {},
): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? (await injectedAdminUrl())
  const database = name ?? `cr_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`
  const template = options.template ?? TEMPLATE_DATABASE
  await admin(adminUrl, async (c) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await c.query(
          `CREATE DATABASE ${c.escapeIdentifier(database)} TEMPLATE ${c.escapeIdentifier(template)}`,
        )
      } catch (error) {
        // 3D000: template missing (mid-swap); 55006: template busy. Both pass within moments.
        const code = (error as { code?: string }).code
        if (attempt >= 40 || (code !== '3D000' && code !== '55006')) throw error
        await sleep(250)
      }
    }
  })
  return {
    name: database,
    connectionString: databaseUrl(adminUrl, database),
    drop: () =>
      admin(adminUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(database)} WITH (FORCE)`),
      ),
  }
}

async function injectedAdminUrl(): Promise<string> {
  // Imported lazily: this module is also loaded by global-setup.ts in Vitest's main process.
  const { inject } = await import('vitest')
  const url = inject(ADMIN_URL_KEY)
  if (!url)
    throw new Error(
      `No ${ADMIN_URL_KEY}: add @cr/db's testing/global-setup.ts to Vitest's globalSetup`,
    )
  return url
}

declare module 'vitest' {
  export interface ProvidedContext {
    crDbAdminUrl: string
  }
}

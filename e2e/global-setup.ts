import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import {
  createTestDatabase,
  ensureTestCluster,
  prepareTemplate,
} from '@cr/db/testing/test-databases'
import { testToday } from '@cr/api/test/test-clock'
import { e2ePort } from './playwright.config.ts'
import { adminCredentials } from './fixtures/credentials.ts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

const waitForHealth = async (url: string, server: ChildProcess, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    const ok = await fetch(`${url}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server did not become ready at ${url}`)
}

/**
 * Starts the real server (`apps/api/src/server.ts`, serving the built web app) on a fresh
 * database cloned from the migrated template, with a known first administrator. Workers get
 * the database URL and the field-encryption keys through the environment, for the seed factories.
 */
export default async function globalSetup() {
  const cluster = await ensureTestCluster()
  const template = await prepareTemplate(cluster.adminUrl, {
    template: `cr_e2e_template_${process.pid}`,
  })
  const database = await createTestDatabase(undefined, { adminUrl: cluster.adminUrl, template })
  process.env.E2E_DATABASE_URL = database.connectionString
  // Random keys for each run; the workers inherit them (e2eCipher) to seed residents.
  process.env.E2E_FIELD_ENCRYPTION_KEY = randomBytes(32).toString('base64')
  process.env.E2E_BLIND_INDEX_KEY = randomBytes(32).toString('base64')

  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: `${repoRoot}apps/api`,
    env: {
      ...process.env,
      DATABASE_URL: database.connectionString,
      PORT: String(e2ePort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_USERNAME: adminCredentials.username,
      ADMIN_PASSWORD: adminCredentials.password,
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ANONYMOUS_RATE_LIMIT_PER_MINUTE: '1000',
      FIELD_ENCRYPTION_KEY: process.env.E2E_FIELD_ENCRYPTION_KEY,
      BLIND_INDEX_KEY: process.env.E2E_BLIND_INDEX_KEY,
      // The business day the journeys run on, whatever the machine's date (the browser's clock
      // is set to the same day in fixtures/test.ts).
      CR_FIXED_NOW: testToday,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  await waitForHealth(`http://127.0.0.1:${e2ePort}`, server)

  return async () => {
    server.kill('SIGTERM')
    if (server.exitCode === null) await once(server, 'exit')
    await database.drop()
    const { Client } = await import('pg')
    const admin = new Client({ connectionString: cluster.adminUrl })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`)
    await admin.end()
    await cluster.stop()
  }
}

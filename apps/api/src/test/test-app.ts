import { afterAll, beforeAll } from 'vitest'
import { createDb } from '@cr/db/client'
import { createTestDatabase } from '@cr/db/testing/test-databases'
import { buildApp, type TApp } from '../app.ts'
import type { TConfig } from '../config.ts'
import type { TDb } from '../lib/db-types.ts'
import { testConfig } from './test-config.ts'

export type TTestContext = { app: TApp; db: TDb; connectionString: string }

/**
 * The app on a database of its own for one test file (cloned from the migrated template):
 * `const t = useTestApp()` at the top of the file, then `t().app.inject(...)` in tests.
 */
export const useTestApp = (
  overrides: Partial<TConfig> = {},
  database: { statementTimeoutMs?: number; idleInTransactionTimeoutMs?: number } = {},
) => {
  let context: TTestContext | undefined
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const created = await createTestDatabase()
    drop = created.drop
    const db = createDb({
      connectionString: created.connectionString,
      applicationName: 'cr-test',
      ...database,
    })
    const app = await buildApp({ config: testConfig(overrides), db, logger: false })
    await app.ready()
    context = { app, db, connectionString: created.connectionString }
  })
  afterAll(async () => {
    await context?.app.close()
    await context?.db.close()
    await drop?.()
  })
  return () => {
    if (!context) throw new Error('useTestApp: the app is not ready (call inside a test)')
    return context
  }
}

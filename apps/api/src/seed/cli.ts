import path from 'node:path'
import { parseArgs } from 'node:util'
import { createDb } from '@cr/db/client'
import { applyMigrations } from '@cr/db/migrate'
import { loadConfig } from '../config.ts'
import { createFieldCipher } from '../lib/crypto/field-cipher.ts'
import { ensureFirstAdmin } from '../modules/users/first-admin.ts'
import { DemoDataRefusedError, seedDatabaseLimits, seedDemoData } from './demo-data.ts'
import { formatDemoResult } from './report.ts'

/**
 * `pnpm seed [--seed N] [--scale X] [--clerk-password P] [--leader-password P]`: fills an empty
 * database with the demo community. Configuration as the server reads it (DATABASE_URL, or the
 * embedded database in DATA_DIR, and the same field keys); pending migrations are applied and the
 * first administrator is created as at server start, so `pnpm start` afterwards finds both.
 */
const usage = 'usage: pnpm seed [--seed N] [--scale X] [--clerk-password P] [--leader-password P]'

/** The options, or a usage message before anything is started. */
const readOptions = () => {
  const { values } = parseArgs({
    // `pnpm seed -- --scale 2` passes the `--` on.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      seed: { type: 'string' },
      scale: { type: 'string' },
      'clerk-password': { type: 'string' },
      'leader-password': { type: 'string' },
    },
  })
  const seed = values.seed === undefined ? undefined : Number(values.seed)
  const scale = values.scale === undefined ? undefined : Number(values.scale)
  if (seed !== undefined && !Number.isSafeInteger(seed))
    throw new Error('--seed must be an integer')
  if (scale !== undefined && !(scale > 0 && scale <= 100))
    throw new Error('--scale must be a number in (0, 100]')
  return {
    seed,
    scale,
    passwords: {
      ...(values['clerk-password'] ? { clerk: values['clerk-password'] } : {}),
      ...(values['leader-password'] ? { leader: values['leader-password'] } : {}),
    },
  }
}

let options: ReturnType<typeof readOptions>
try {
  options = readOptions()
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`)
  process.exit(2)
}

const config = loadConfig()
const embedded = config.databaseUrl
  ? null
  : await import('@cr/db/embedded').then(({ startEmbeddedPostgres }) =>
      startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres') }),
    )
const connectionString = config.databaseUrl ?? embedded!.connectionString
const db = createDb({
  connectionString,
  applicationName: 'community-records-seed',
  ...seedDatabaseLimits,
})

try {
  const applied = await applyMigrations({ connectionString })
  if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`)
  const admin = await ensureFirstAdmin(db.prisma, {
    username: config.adminUsername,
    password: config.adminPassword,
  })
  const result = await seedDemoData({
    prisma: db.prisma,
    cipher: createFieldCipher(config.fieldKeys, config.previousFieldKeys),
    now: config.clock(),
    ...options,
  })
  console.log(formatDemoResult(result, admin))
} catch (error) {
  if (!(error instanceof DemoDataRefusedError)) throw error
  console.error(`\n  ${error.message}\n`)
  process.exitCode = 1
} finally {
  await db.close()
  await embedded?.stop()
}

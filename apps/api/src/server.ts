// First: the V8 settings the API process runs with (see the module).
import './lib/runtime-flags.ts'
import path from 'node:path'
import closeWithGrace from 'close-with-grace'
import { createDb } from '@cr/db/client'
import { applyMigrations } from '@cr/db/migrate'
import { buildApp } from './app.ts'
import { loadConfig } from './config.ts'
import { startMetricsServer } from './lib/metrics-server.ts'
import { ensureFirstAdmin } from './modules/users/first-admin.ts'

/**
 * Boots the system: the database (embedded unless DATABASE_URL is set), pending migrations, the
 * first administrator on an empty database, then the API and web app on one port. SIGINT/SIGTERM
 * let requests in flight finish while new ones get 503, then stop the database and exit 0.
 */
const config = loadConfig()
// Imported only when used: with DATABASE_URL nothing of the embedded server is loaded.
const embedded = config.databaseUrl
  ? null
  : await import('@cr/db/embedded').then(({ startEmbeddedPostgres }) =>
      startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres') }),
    )
const connectionString = config.databaseUrl ?? embedded!.connectionString

const applied = await applyMigrations({ connectionString })
const { statementTimeoutMs, queryTimeoutMs, connectTimeoutMs, poolMax } = config.db
const db = createDb({
  connectionString,
  max: poolMax,
  applicationName: 'community-records-api',
  statementTimeoutMs,
  queryTimeoutMs,
  connectTimeoutMs,
})
const app = await buildApp({ config, db })
if (applied.length > 0) app.log.info({ applied }, 'migrations applied')
if (config.fixedNow)
  app.log.warn({ fixedNow: config.fixedNow }, 'business dates are fixed (CR_FIXED_NOW): tests only')

const admin = await ensureFirstAdmin(db.prisma, {
  username: config.adminUsername,
  password: config.adminPassword,
})
if (admin?.generatedPassword) {
  // Printed once, to the console only (never to the log): the account must change it at first sign-in.
  console.log(
    `\n  首次启动：已创建管理员账户 / first administrator created\n  用户名 username: ${admin.username}\n  初始密码 password: ${admin.generatedPassword}\n`,
  )
}

// `pnpm start --demo` on an empty database: a living community for a first look (db:seed does the same).
if (process.argv.includes('--demo') && (await db.prisma.committee.count()) === 0) {
  const { seedDemoData } = await import('./seed/demo-data.ts')
  const { formatDemoResult } = await import('./seed/report.ts')
  console.log(
    formatDemoResult(
      await seedDemoData({ prisma: db.prisma, cipher: app.cipher, now: app.clock() }),
      null,
    ),
  )
}

closeWithGrace({ delay: 10_000, logger: app.log }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error')
  else app.log.info({ signal }, 'shutting down')
  await app.drain(8_000)
  metricsServer?.close()
  await app.close()
  await db.close()
  await embedded?.stop()
})

const metricsServer = config.metrics
  ? await startMetricsServer(app.metrics.registry, config.metrics)
  : null
const address = await app.listen({ port: config.port, host: config.host })
const port = new URL(address).port
console.log(
  `\n  社区事务台账 · Community Records: http://localhost:${port}/  (API docs: http://localhost:${port}/api/docs)\n`,
)

// The embedded backup's rate on the kept residents dataset (residents/dataset.ts), for the
// capacity plan (ARCHITECTURE.md, From one office to a city): `createBackup` of the whole
// database (one REPEATABLE READ snapshot, COPY of every table through gzip and AES-GCM) into a
// temporary file, then `restoreBackup` of that file into a new, empty database, each timed, with
// MB of database per second. Reads the dataset only; the restored copy and the file are removed.
//
//   BENCH_RESIDENTS=200000 pnpm --filter @cr/api exec tsx bench/backup-rate.ts
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createBackup } from '@cr/db/backup/backup'
import { restoreBackup } from '@cr/db/backup/restore'
import { admin, databaseUrl } from '@cr/db/testing/admin'
import { createCleanup } from './lib/cleanup.ts'
import { openBenchCluster } from './lib/database.ts'
import { openResidentsDatabase } from './residents/dataset.ts'
import { loadSettings } from './settings.ts'

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0)

const cleanup = createCleanup()
try {
  const settings = loadSettings()
  const cluster = await openBenchCluster(cleanup)
  const source = await openResidentsDatabase(cluster, cleanup, settings.residents)
  const size = async (database: string) => {
    let bytes = 0
    await admin(cluster.adminUrl, async (c) => {
      bytes = Number((await c.query('SELECT pg_database_size($1) AS b', [database])).rows[0].b)
    })
    return bytes
  }
  const sourceBytes = await size(source.name)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-backup-rate-'))
  cleanup.defer('remove the backup file', () => fs.rmSync(dir, { recursive: true, force: true }))
  const key = { passphrase: 'bench backup rate passphrase' }

  let started = performance.now()
  const backup = await createBackup({
    connectionString: source.connectionString,
    out: path.join(dir, 'dataset.crbak'),
    key,
  })
  const backupS = (performance.now() - started) / 1000

  const target = `cr_test_${process.pid}_restore`
  const drop = () =>
    admin(cluster.adminUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(target)} WITH (FORCE)`),
    )
  cleanup.defer('drop the restored copy', drop)
  await admin(cluster.adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(target)}`))
  started = performance.now()
  const restored = await restoreBackup({
    file: backup.file,
    connectionString: databaseUrl(cluster.adminUrl, target),
    key,
  })
  const restoreS = (performance.now() - started) / 1000

  const line = (what: string, seconds: number) =>
    `${what} ${seconds.toFixed(1)} s = ${(sourceBytes / 2 ** 20 / seconds).toFixed(1)} MiB of database/s`
  console.log(
    [
      `backup rate on ${source.name} (${settings.residents} residents, database ${mib(sourceBytes)} MiB, ` +
        `loadavg ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}, ${os.cpus().length} cores)`,
      `  ${line('backup', backupS)}; file ${mib(backup.bytes)} MiB`,
      `  ${line('restore', restoreS)} (${restored.rows} rows, checksums verified; indexes rebuilt by the load)`,
    ].join('\n'),
  )
} finally {
  await cleanup.run()
}

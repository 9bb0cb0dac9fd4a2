// The residents dataset: N generated residents (BENCH_RESIDENTS, default 1,000,000) in a
// database of their own that outlives the run, because loading them takes about a minute and
// every later run can reuse them. The database's name carries a key:
//
//   cr_bench_residents_<N>_<sha256 of N, committees, seed, every migration's name and SQL,
//                            the generator's sources, the bench field keys' fingerprint>[:12]
//
// so a new or changed migration, another N or a changed generator finds no database of its
// name and builds a new one. Building drops all other copies but the one loaded last (two
// checkouts or two N in turn do not rebuild each time; disk stays bounded at two copies, ~1.2 GB
// at 1M). A database gets its final
// name only when the load has finished (it is built as cr_test_<pid>_residents, which a crashed
// run's successor drops as it drops the tests' leftovers), so a half-loaded copy is never reused.
//
// Scenarios on this dataset only read residents; each run adds its own users and sessions and
// removes them at the end (sign-in audit rows stay: the audit log is append-only).
//
// Also a command, to load (or check) the dataset without running the bench:
//   BENCH_RESIDENTS=1000000 pnpm --filter @cr/api exec tsx bench/residents/dataset.ts
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { admin, databaseUrl } from '@cr/db/testing/admin'
import { applyMigrations } from '@cr/db/migrate'
import { migrationsDir } from '@cr/db/paths'
import { createFieldCipher } from '../../src/lib/crypto/field-cipher.ts'
import { benchFieldKeys } from '../lib/app-server.ts'
import { createCleanup, type TCleanup } from '../lib/cleanup.ts'
import { openBenchCluster, type TBenchCluster } from '../lib/database.ts'
import type { TDataset } from '../scenario.ts'
import { loadSettings } from '../settings.ts'
import { loadResidents, type TLoadReport } from './generate.ts'

export const residentCommittees = 200
const seed = 'cr-bench-residents-1'
const prefix = 'cr_bench_residents_'

/** The files the generated data depends on: a change to any of them rebuilds the dataset. */
const generatorSources = [
  new URL('./generate.ts', import.meta.url),
  new URL('./population.ts', import.meta.url),
  new URL('./copy-text.ts', import.meta.url),
  new URL('../../src/modules/residents/resident-row.ts', import.meta.url),
  new URL('../../src/seed/names.ts', import.meta.url),
  new URL('../../src/seed/random.ts', import.meta.url),
  new URL('../../src/seed/calendar.ts', import.meta.url),
  new URL('../../src/modules/residents/name-bigrams.ts', import.meta.url),
]

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex')

/** Names and SQL of prisma/migrations, in order. */
const migrationFingerprint = () =>
  fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => `${name}:${sha256(fs.readFileSync(`${migrationsDir}/${name}/migration.sql`))}`)

export const datasetName = (count: number) => {
  const cipher = createFieldCipher(benchFieldKeys)
  const key = sha256(
    JSON.stringify({
      count,
      committees: residentCommittees,
      seed,
      migrations: migrationFingerprint(),
      sources: generatorSources.map((url) => sha256(fs.readFileSync(url))),
      // Another index key makes every stored blind index useless.
      fieldKeys: cipher.blindIndex('cr-bench-key-check'),
    }),
  )
  return `${prefix}${count}_${key.slice(0, 12)}`
}

const log = (message: string) => console.error(`[bench] ${message}`)

const describeReport = (r: TLoadReport) =>
  `${r.count.toLocaleString('en')} residents in ${r.committees} committees loaded in ` +
  `${(r.totalMs / 1000).toFixed(1)} s (${r.totalRowsPerS.toFixed(0)} rows/s overall): ` +
  `build + COPY ${(r.copyMs / 1000).toFixed(1)} s (${r.copyRowsPerS.toFixed(0)} rows/s), ` +
  `indexes + FK ${(r.indexMs / 1000).toFixed(1)} s, VACUUM ANALYZE ` +
  `${(r.vacuumAnalyzeMs / 1000).toFixed(1)} s; table ${r.tableMb.toFixed(0)} MB, ` +
  `indexes ${r.indexesMb.toFixed(0)} MB`

/**
 * The connection string of a database holding `count` generated residents, built first if no
 * database of the current key exists. Serialised by an advisory lock, so two runs at once build
 * it once.
 */
export const openResidentsDatabase = async (
  cluster: TBenchCluster,
  cleanup: TCleanup,
  count: number,
): Promise<{ connectionString: string; name: string; report: TLoadReport | null }> => {
  const name = datasetName(count)
  let report: TLoadReport | null = null
  await admin(cluster.adminUrl, async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [prefix])
    try {
      const { rows } = await c.query<{ datname: string; comment: string | null }>(
        `SELECT datname, shobj_description(oid, 'pg_database') AS comment
         FROM pg_database WHERE starts_with(datname, $1)`,
        [prefix],
      )
      // The load report a built dataset carries as its comment (null if missing or not ours).
      const stored = (comment: string | null) => {
        try {
          return JSON.parse(comment ?? '') as TLoadReport & { loadedAt?: string }
        } catch {
          return null
        }
      }
      const existing = rows.find((r) => r.datname === name)
      if (existing) {
        const loaded = stored(existing.comment)
        log(`residents: reusing ${name}${loaded ? ` (${describeReport(loaded)})` : ''}`)
        return
      }
      // Other copies (another N, schema or generator, e.g. another branch's): keep the one loaded
      // last, so two checkouts sharing the cluster do not rebuild in turn, and drop the rest.
      const loadedAt = (comment: string | null) => String(stored(comment)?.loadedAt ?? '')
      const others = rows.sort((a, b) => loadedAt(b.comment).localeCompare(loadedAt(a.comment)))
      for (const { datname } of others.slice(1)) {
        log(`residents: dropping the older dataset ${datname}`)
        await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(datname)} WITH (FORCE)`)
      }

      const building = `cr_test_${process.pid}_residents`
      const drop = () =>
        admin(cluster.adminUrl, (a) =>
          a.query(`DROP DATABASE IF EXISTS ${a.escapeIdentifier(building)} WITH (FORCE)`),
        )
      cleanup.defer('drop the unfinished residents database', drop)
      log(`residents: no ${name}; generating ${count.toLocaleString('en')} residents`)
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(building)} WITH (FORCE)`)
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(building)}`)
      const url = databaseUrl(cluster.adminUrl, building)
      await applyMigrations({ connectionString: url })
      report = await loadResidents({
        connectionString: url,
        cipher: createFieldCipher(benchFieldKeys),
        count,
        committees: residentCommittees,
        seed,
        log,
      })
      log(`residents: ${describeReport(report)}`)
      await c.query(
        `ALTER DATABASE ${c.escapeIdentifier(building)} RENAME TO ${c.escapeIdentifier(name)}`,
      )
      await c.query(
        `COMMENT ON DATABASE ${c.escapeIdentifier(name)} IS ${c.escapeLiteral(JSON.stringify({ ...report, loadedAt: new Date().toISOString() }))}`,
      )
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [prefix])
    }
  })
  return { connectionString: databaseUrl(cluster.adminUrl, name), name, report }
}

/** The dataset the resident scenarios name: BENCH_RESIDENTS residents, kept between runs. */
export const residentsDataset: TDataset = {
  name: 'residents',
  open: async (cluster, cleanup) =>
    openResidentsDatabase(cluster, cleanup, loadSettings().residents),
}

// As a command: make sure the dataset exists (load it if not), then stop the cluster.
if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const cleanup = createCleanup()
  try {
    const cluster = await openBenchCluster(cleanup)
    const { name } = await openResidentsDatabase(cluster, cleanup, loadSettings().residents)
    log(`residents: ready in ${name}`)
  } catch (error) {
    console.error('[bench] failed:', error)
    process.exitCode = 1
  } finally {
    await cleanup.run()
  }
}

// `pnpm bench`: the project's performance figures, each next to a baseline measured in the same
// run (QUALITY.md §3, §5). Timed assertions in tests would fail at random on shared two-core
// machines; a ratio to the bare work, measured minutes apart on the same machine, does not.
//
// Steps: a fresh database (test cluster, own template, clone) → the real app in a worker thread
// on 127.0.0.1 → each registered scenario (scenarios/index.ts) → the table on stdout and JSON in
// bench/out/ → everything torn down, also on failure or Ctrl-C. Scenarios on a kept dataset
// (1M residents) get that database and an app of their own instead of the fresh one. Then the
// import benchmark (imports/import-bench.ts), a one-shot step with databases of its own, runs
// unless BENCH_ONLY names something else. Exits 0 whether or not goals are met; non-zero only
// when the harness itself failed.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createDb } from '@cr/db/client'
import { defaultTestPassword } from '../src/test/factories.ts'
import { sessionCookie } from '../src/modules/auth/sessions.ts'
import { startAppServer } from './lib/app-server.ts'
import { cleanupOnSignals, createCleanup, type TCleanup } from './lib/cleanup.ts'
import { runScenario, type TScenarioResult } from './lib/compare.ts'
import { openBenchCluster, openFreshDatabase } from './lib/database.ts'
import { formatFirstLoad, runFirstLoad } from './lib/first-load.ts'
import { createHttpClient } from './lib/http-client.ts'
import { formatReport, writeJson } from './lib/report.ts'
import { runImportBench, type TImportBenchResult } from './imports/import-bench.ts'
import { formatImportReport } from './imports/import-report.ts'
import type { TBenchContext, TScenario } from './scenario.ts'
import { scenarios } from './scenarios/index.ts'
import { loadSettings, type TSettings } from './settings.ts'

const outDir = fileURLToPath(new URL('./out/', import.meta.url))
/** createDb's default pool size, which the app runs with: the baseline gets no more. */
const appPoolSize = 10

type TEnvironment = { ctx: TBenchContext }

/**
 * One database with the app and the pools on it: the run's fresh database, or a kept dataset's.
 * Made when the first scenario that needs it runs, and torn down with the rest.
 */
const openEnvironment = async (
  settings: TSettings,
  connectionString: string,
  cleanup: TCleanup,
): Promise<TEnvironment> => {
  const db = createDb({ connectionString, applicationName: 'cr-bench' })
  cleanup.defer('close the seeding connection', () => db.close())
  const pool = new pg.Pool({ connectionString, max: appPoolSize, application_name: 'cr-bench-pg' })
  pool.on('error', (error) => console.error(`[bench] pg pool: ${error.message}`))
  cleanup.defer('end the baseline pool', () => pool.end())

  console.error('[bench] starting the app')
  const server = await startAppServer(connectionString)
  cleanup.defer('stop the app', () => server.close())
  const http = createHttpClient(server.port, 4)
  cleanup.defer('close the setup client', () => http.close())

  const fixtures = new Map<string, Promise<unknown>>()
  const ctx: TBenchContext = {
    settings,
    db,
    pg: pool,
    port: server.port,
    http,
    signIn: async (username, password = defaultTestPassword) => {
      const response = await http.send({
        method: 'POST',
        path: '/api/v1/auth/login',
        body: { username, password },
      })
      const cookies = [response.headers['set-cookie'] ?? []].flat()
      const session = cookies
        .map((c) => c.split(';')[0]!)
        .find((c) => c.startsWith(`${sessionCookie}=`))
      if (!session) throw new Error(`sign-in of ${username} set no session cookie`)
      return session
    },
    shared: <T>(key: string, make: () => Promise<T>) => {
      if (!fixtures.has(key)) fixtures.set(key, make())
      return fixtures.get(key) as Promise<T>
    },
    defer: (label, fn) => cleanup.defer(label, fn),
  }
  return { ctx }
}

const main = async () => {
  const startedAt = new Date()
  const settings = loadSettings()
  const selected = scenarios.filter(
    (s) => !settings.only || s.name.toLowerCase().includes(settings.only.toLowerCase()),
  )
  // The import benchmark answers to its name like a scenario (BENCH_ONLY=import runs it alone).
  const importSelected = !settings.only || 'import'.includes(settings.only.toLowerCase())
  // The web build's first-load budget, read from apps/web/dist (BENCH_ONLY=first-load alone).
  const firstLoadSelected = !settings.only || 'first-load'.includes(settings.only.toLowerCase())
  if (selected.length === 0 && !importSelected && !firstLoadSelected)
    throw new Error(`BENCH_ONLY=${settings.only} matches no scenario`)

  const cleanup = createCleanup()
  cleanupOnSignals(cleanup)
  try {
    console.error('[bench] preparing the database')
    const cluster = await openBenchCluster(cleanup)
    // The fresh database and each dataset's, opened on first use (BENCH_ONLY may need only one).
    const environments = new Map<string, Promise<TEnvironment>>()
    const environmentFor = (scenario: TScenario<unknown>) => {
      const key = scenario.dataset ? `dataset:${scenario.dataset.name}` : 'fresh'
      if (!environments.has(key)) {
        const dataset = scenario.dataset
        environments.set(
          key,
          (async () => {
            const { connectionString } = dataset
              ? await dataset.open(cluster, cleanup)
              : await openFreshDatabase(cluster, cleanup)
            return openEnvironment(settings, connectionString, cleanup)
          })(),
        )
      }
      return environments.get(key)!
    }

    const results: TScenarioResult[] = []
    for (const scenario of selected) {
      if (cleanup.signal.aborted) return // Ctrl-C: the signal handler tears down and exits
      const { ctx } = await environmentFor(scenario)
      results.push(await runScenario(ctx, scenario, cleanup.signal))
    }
    if (cleanup.signal.aborted) return

    let imports: TImportBenchResult | undefined
    if (importSelected)
      imports = await runImportBench(settings, cluster, cleanup, (m) =>
        console.error(`[bench] ${m}`),
      )
    if (cleanup.signal.aborted) return

    const firstLoad = firstLoadSelected ? runFirstLoad() : undefined

    if (results.length) console.log(formatReport(results, settings))
    if (imports) console.log(formatImportReport(imports))
    if (firstLoad) console.log(formatFirstLoad(firstLoad))
    const file = writeJson(outDir, startedAt, settings, results, {
      ...(imports ? { imports } : {}),
      ...(firstLoad ? { firstLoad } : {}),
    })
    const took = ((Date.now() - startedAt.getTime()) / 1000).toFixed(0)
    console.error(`[bench] done in ${took} s; JSON: ${path.relative(process.cwd(), file)}`)
  } finally {
    await cleanup.run()
  }
}

try {
  await main()
} catch (error) {
  console.error('[bench] failed:', error)
  process.exitCode = 1
}

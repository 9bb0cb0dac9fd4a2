// The contract of a bench scenario. A scenario compares one thing the app does ("ours": an HTTP
// request through the running server, or an in-process call) with the least the same work could
// cost ("baseline": the same SQL through a plain pg.Pool, or the bare library call), driven by the
// same load driver at the same concurrency in the same run. The figure that matters is the
// ratio, which holds on a noisy shared machine where absolute numbers do not.
//
// Add one: a file in scenarios/ exporting `defineScenario({...})`, and one line in
// scenarios/index.ts. See README.md.
import type pg from 'pg'
import type { TDb } from '../src/lib/db-types.ts'
import type { TCleanup } from './lib/cleanup.ts'
import type { TBenchCluster } from './lib/database.ts'
import type { TGoal } from './lib/goals.ts'
import type { THttpClient, THttpRequest } from './lib/http-client.ts'
import type { TSettings } from './settings.ts'

export type TSqlQuery = { text: string; values?: unknown[] }

/** An HTTP request to the app, or any async call made in this process. */
export type TOurs = THttpRequest | (() => Promise<unknown>)
/** One query, several run concurrently (like a page and its count), or any async call. */
export type TBaseline = TSqlQuery | TSqlQuery[] | (() => Promise<unknown>)

/**
 * Data too costly to seed on every run (1M residents take about a minute to load): a database
 * built on first use and kept on the cluster for later runs. Scenarios naming the same dataset
 * share one database, one app and one context; the others use the run's fresh database.
 */
export type TDataset = {
  /** Label in the progress output; also keys the context the scenarios share. */
  name: string
  /** Opens the database, building it first if no valid copy exists. */
  open(cluster: TBenchCluster, cleanup: TCleanup): Promise<{ connectionString: string }>
}

export type TBenchContext = {
  settings: TSettings
  /** Prisma and its pool on the bench database: for seeding, and for in-process calls. */
  db: TDb
  /** The plain pool baselines run on; as large as the app's (createDb's default of 10). */
  pg: pg.Pool
  /** The app, listening on 127.0.0.1. */
  port: number
  /** A small client for setup requests to the app. */
  http: THttpClient
  /** Signs in through POST /api/v1/auth/login; returns the Cookie header value. */
  signIn(username: string, password?: string): Promise<string>
  /** Fixtures several scenarios use (a seed) are made once per run, by the first that asks. */
  shared<T>(key: string, make: () => Promise<T>): Promise<T>
  /** Work for the teardown, e.g. removing what a setup added to a kept dataset. */
  defer(label: string, fn: () => Promise<unknown> | unknown): void
}

// Method syntax (not arrow properties) on purpose: it keeps a TScenario<S> assignable to the
// registry's TScenario<unknown> (method parameters are checked bivariantly).
export type TScenario<S> = {
  name: string
  /** One line on what each side does; printed under the table and kept in the JSON. */
  describe: string
  /** Concurrency of this scenario; default BENCH_CONNECTIONS. */
  connections?: number
  /** A fixed number of requests per side instead of BENCH_DURATION_S (for slow operations). */
  count?: number
  /** Run on this kept dataset's database (and an app on it) instead of the run's fresh one. */
  dataset?: TDataset
  setup(ctx: TBenchContext): Promise<S>
  /** The i-th request of our side (vary it by `index`, e.g. to walk through ids). */
  ours(ctx: TBenchContext, state: S, index: number): TOurs
  baseline(ctx: TBenchContext, state: S, index: number): TBaseline
  /**
   * Called once before timing with the first answer of each side (a THttpResponse for HTTP, the
   * pg.QueryResult or an array of them for SQL, else the call's value): throw if they do not show
   * the same work was done, so a broken twin cannot produce a flattering ratio.
   */
  check?(state: S, ours: unknown, baseline: unknown): void
  goals?: TGoal[]
  /**
   * Plain queries to run once through EXPLAIN (ANALYZE, BUFFERS) after the timed rounds (warm
   * caches), by label: the report prints each plan's node types, index names and timing, so a
   * reader can see which index does the work.
   */
  explain?(ctx: TBenchContext, state: S): Record<string, TSqlQuery>
}

export const defineScenario = <S>(scenario: TScenario<S>): TScenario<S> => scenario

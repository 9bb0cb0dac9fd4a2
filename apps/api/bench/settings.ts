// What a run can be told from the environment. Defaults keep a full `pnpm bench` under about three
// minutes on two cores; longer runs give steadier figures on a quiet machine.
import { z } from 'zod'

const ZSettings = z.object({
  /** Measured seconds per side (ours, baseline) of each timed scenario, split over the rounds. */
  BENCH_DURATION_S: z.coerce.number().positive().max(600).default(8),
  /** Concurrent connections (workers) for scenarios that do not fix their own. */
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  /** Unmeasured seconds per side before the rounds: JIT, pool connections, PostgreSQL caches. */
  BENCH_WARMUP_S: z.coerce.number().min(0).max(60).default(1),
  /** Only scenarios whose name contains this (case-insensitive), for working on one of them. */
  BENCH_ONLY: z.string().optional(),
  /** Residents in the kept dataset of the resident scenarios (residents/dataset.ts). */
  BENCH_RESIDENTS: z.coerce.number().int().min(10_000).max(20_000_000).default(1_000_000),
  /** Rows of the resident ledger the import benchmark imports (imports/import-bench.ts). */
  BENCH_IMPORT_ROWS: z.coerce.number().int().min(1000).max(1_000_000).default(100_000),
  /** A folder: the import benchmark's children write V8 CPU profiles there (--cpu-prof). */
  BENCH_IMPORT_CPU_PROF: z.string().optional(),
})

export type TSettings = {
  durationMs: number
  connections: number
  warmupMs: number
  only: string | undefined
  residents: number
  importRows: number
  importCpuProfileDir: string | undefined
}

export const loadSettings = (env: NodeJS.ProcessEnv = process.env): TSettings => {
  const e = ZSettings.parse(env)
  return {
    durationMs: e.BENCH_DURATION_S * 1000,
    connections: e.BENCH_CONNECTIONS,
    warmupMs: e.BENCH_WARMUP_S * 1000,
    only: e.BENCH_ONLY || undefined,
    residents: e.BENCH_RESIDENTS,
    importRows: e.BENCH_IMPORT_ROWS,
    importCpuProfileDir: e.BENCH_IMPORT_CPU_PROF || undefined,
  }
}

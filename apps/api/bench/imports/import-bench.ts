// The import benchmark (issue 4): a BENCH_IMPORT_ROWS-row resident ledger (default 100,000)
// imported through the API, as .xlsx and as CSV, next to PostgreSQL's COPY of the same resident
// rows as the physical limit. A one-shot step of `pnpm bench`, not a load scenario: each side
// runs once, on a database of its own cloned from a freshly migrated template.
//
// Order: COPY, then per format read-only, dry run and commit, then COPY again; the faster COPY
// is the limit (the machine is shared: two measurements minutes apart bracket ours).
import fs from 'node:fs'
import { newId } from '../../src/lib/ids.ts'
import type { TCleanup } from '../lib/cleanup.ts'
import { openFreshDatabases, type TBenchCluster } from '../lib/database.ts'
import type { TGoalResult } from '../lib/goals.ts'
import type { TSettings } from '../settings.ts'
import { baselineChunks, copyBaseline } from './copy-baseline.ts'
import type { TImporterMode, TImporterResult } from './importer.ts'
import { ledgerFiles } from './ledger-files.ts'
import { spawnImporter } from './spawn-importer.ts'
import { probeStorage, storageLine, type TStorage } from './storage-probe.ts'

export type TImportFormat = 'xlsx' | 'csv'
export type TImportRun = TImporterResult & {
  format: TImportFormat
  rowsPerS: number
  /** A commit's database on disk, per resident (imports/storage-probe.ts). */
  storage?: TStorage
}
export type TImportBenchResult = {
  rows: number
  ledger: { reused: boolean; bytes: Record<TImportFormat, number> }
  copy: { seconds: number[]; rowsPerS: number }
  runs: TImportRun[]
  goals: (TGoalResult & { subject: string })[]
}

/** Issue 4's "done when". */
const goalRatio = 0.25
const goalPeakMb = 512
const source = 'issue 4'
const mb = (bytes: number) => bytes / 2 ** 20

const goalsOf = (runs: TImportRun[], copyRowsPerS: number) =>
  runs
    .filter((r) => r.mode !== 'read')
    .flatMap((r) => {
      const subject = `${r.format} ${r.mode === 'commit' ? 'commit' : 'dry run'}`
      const ratio = r.rowsPerS / copyRowsPerS
      const ratioGoal = {
        subject,
        label: `≥ ${goalRatio} of COPY's rows/s`,
        source,
        status: ratio >= goalRatio ? 'met' : 'not met',
        actual: `${ratio.toFixed(3)} of COPY`,
      } as const
      const memoryGoal = {
        subject,
        label: `peak RSS < ${goalPeakMb} MB`,
        source,
        status: mb(r.peakRss) < goalPeakMb ? 'met' : 'not met',
        actual: `${mb(r.peakRss).toFixed(0)} MB`,
      } as const
      // The ratio goal is the commit's; a dry run's time is shown for comparison only.
      return r.mode === 'commit' ? [ratioGoal, memoryGoal] : [memoryGoal]
    })

export const runImportBench = async (
  settings: TSettings,
  cluster: TBenchCluster,
  cleanup: TCleanup,
  log: (message: string) => void,
): Promise<TImportBenchResult> => {
  const rows = settings.importRows
  const files = await ledgerFiles(rows, log)
  const databases = await openFreshDatabases(cluster, cleanup, 'import')
  if (settings.importCpuProfileDir) fs.mkdirSync(settings.importCpuProfileDir, { recursive: true })

  const committeeId = newId()
  log(`import: building the COPY baseline's ${rows.toLocaleString('en')} resident rows`)
  const chunks = baselineChunks(rows, committeeId)
  const copySeconds: number[] = []
  const copy = async (label: string) => {
    const database = await databases.clone(label)
    const seconds = await copyBaseline(database.connectionString, rows, committeeId, chunks)
    log(`import: COPY of ${rows} residents: ${seconds.toFixed(2)} s`)
    copySeconds.push(seconds)
    await database.drop()
  }

  const runs: TImportRun[] = []
  const run = async (format: TImportFormat, mode: TImporterMode) => {
    const database = mode === 'read' ? undefined : await databases.clone(`import_${format}_${mode}`)
    log(`import: ${format} ${mode}…`)
    const result = await spawnImporter(
      { mode, file: files[format], rows, connectionString: database?.connectionString },
      cleanup,
      settings.importCpuProfileDir,
    )
    const storage =
      mode === 'commit' && database ? await probeStorage(database.connectionString) : undefined
    await database?.drop()
    const rowsPerS = rows / result.seconds
    log(
      `import: ${format} ${mode}: ${result.seconds.toFixed(1)} s, ${rowsPerS.toFixed(0)} rows/s, ` +
        `peak RSS ${mb(result.peakRss).toFixed(0)} MB`,
    )
    if (storage) log(`import: ${format} commit stored ${storageLine(storage)}`)
    runs.push({ ...result, format, rowsPerS, ...(storage ? { storage } : {}) })
  }

  await copy('import_copy_1')
  for (const format of ['xlsx', 'csv'] as const) {
    if (cleanup.signal.aborted) break
    for (const mode of ['read', 'dry', 'commit'] as const) await run(format, mode)
  }
  await copy('import_copy_2')
  await databases.close()

  const copyRowsPerS = rows / Math.min(...copySeconds)
  return {
    rows,
    ledger: {
      reused: files.reused,
      bytes: { xlsx: fs.statSync(files.xlsx).size, csv: fs.statSync(files.csv).size },
    },
    copy: { seconds: copySeconds, rowsPerS: copyRowsPerS },
    runs,
    goals: goalsOf(runs, copyRowsPerS),
  }
}

// The import benchmark's part of the report: one row per side (COPY, then per format the read-
// only pass, the dry run and the commit), where each run's time went, what the commit created,
// and the goals as met / NOT MET (information only, never a failed run).
import { formatTable } from '../lib/report.ts'
import type { TImportBenchResult, TImportRun } from './import-bench.ts'

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0)
const sideName = (r: TImportRun) =>
  `${r.format} ${r.mode === 'commit' ? 'commit (ours)' : r.mode === 'dry' ? 'dry run (ours)' : 'read+validate only, no db'}`

export const formatImportReport = (result: TImportBenchResult): string => {
  const { rows, copy, runs } = result
  const header = ['side', 'seconds', 'rows/s', 'of COPY', 'base RSS MB', 'peak RSS MB']
  const table = [
    [
      'COPY into resident (limit)',
      copy.seconds.map((s) => s.toFixed(2)).join(' / '),
      copy.rowsPerS.toFixed(0),
      '1.000',
      '–',
      '–',
    ],
    ...runs.map((r) => [
      sideName(r),
      r.seconds.toFixed(2),
      r.rowsPerS.toFixed(0),
      (r.rowsPerS / copy.rowsPerS).toFixed(3),
      mb(r.baselineRss),
      mb(r.peakRss),
    ]),
  ]
  const phases = runs
    .filter((r) => r.mode !== 'read')
    .map(
      (r) =>
        `  ${sideName(r)}: ` +
        r.phases.map((p) => `${p.label} ${p.seconds.toFixed(1)} s`).join(' · '),
    )
  const commit = runs.find((r) => r.mode === 'commit' && r.tables)
  const goals = result.goals.map((g) => [
    g.subject,
    g.label,
    g.actual,
    g.status === 'met' ? 'met' : 'NOT MET',
    g.source,
  ])
  return [
    '',
    `Import benchmark: a ${rows.toLocaleString('en')}-row resident ledger (BENCH_IMPORT_ROWS), ` +
      `xlsx ${mb(result.ledger.bytes.xlsx)} MB, csv ${mb(result.ledger.bytes.csv)} MB`,
    '',
    formatTable(header, table),
    '',
    "COPY: the same resident rows (built beforehand) COPY'd into resident as migrated, indexes and",
    'trigger included; the faster of two runs (before and after ours) is the limit. Ours: upload',
    'through the API in a child process until the job is committed (dry run: validated, rolled',
    'back). RSS of that child: before the upload (after a GC) and the peak during the run.',
    '',
    'Where the time went (first statement of each step seen in pg_stat_activity):',
    ...phases,
    ...(commit?.tables
      ? [
          '',
          `A commit creates: ${Object.entries(commit.tables)
            .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
            .join(', ')}.`,
        ]
      : []),
    '',
    'Goals (informational, never a failed run):',
    '',
    formatTable(['side', 'goal', 'measured', 'status', 'source'], goals),
    '',
  ].join('\n')
}

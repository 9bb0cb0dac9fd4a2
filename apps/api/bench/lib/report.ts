// The output of a run: one table on stdout (ours next to the baseline, the ratio, the goals) and
// the same figures as JSON in bench/out/, for comparing runs over time. Progress goes to stderr,
// so `pnpm bench > result.txt` keeps just the report.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TSettings } from '../settings.ts'
import type { TScenarioResult } from './compare.ts'

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–')
const int = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–')
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–')
const signed = (value: number) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(1)}` : '–'

/** Left-aligns the first column, right-aligns the rest. */
export const formatTable = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export const formatReport = (results: TScenarioResult[], settings: TSettings): string => {
  const header = [
    'scenario',
    'conns',
    'ours p50',
    'p95',
    'p99',
    'req/s',
    'err',
    'pg p50',
    'p95',
    'req/s',
    'p50 ratio',
    'Δp50 ms',
    'req/s ratio',
  ]
  const rows = results.map((r) => [
    r.name,
    String(r.connections),
    ms(r.ours.p50Ms),
    ms(r.ours.p95Ms),
    ms(r.ours.p99Ms),
    int(r.ours.rps),
    String(r.ours.errors + r.baseline.errors),
    ms(r.baseline.p50Ms),
    ms(r.baseline.p95Ms),
    int(r.baseline.rps),
    times(r.p50Ratio),
    signed(r.p50DiffMs),
    times(r.rpsRatio),
  ])
  const goalRows = results.flatMap((r) =>
    r.goals.map((g) => [
      r.name,
      g.label,
      g.actual,
      g.status === 'met' ? 'met' : g.status === 'n/a' ? 'n/a' : 'NOT MET',
      [g.source, g.note].filter(Boolean).join('; '),
    ]),
  )
  const planLines = results.flatMap((r) =>
    r.plans.map((p) => `  ${r.name} — ${p.label}: ${p.plan}`),
  )
  const errorLines = results.flatMap((r) =>
    [
      ...r.ours.errorSamples.map((e) => `ours: ${e}`),
      ...r.baseline.errorSamples.map((e) => `pg: ${e}`),
    ].map((e) => `  ${r.name} — ${e}`),
  )
  return [
    '',
    `Benchmark: ours vs baseline in the same run (latencies in ms; BENCH_DURATION_S=${settings.durationMs / 1000}, BENCH_CONNECTIONS=${settings.connections})`,
    '',
    formatTable(header, rows),
    '',
    'p50 ratio = ours p50 / baseline p50; Δp50 = ours p50 − baseline p50; req/s ratio = ours / baseline.',
    ...results.map((r) => `  ${r.name} (${r.amount} per side): ${r.describe}`),
    ...(goalRows.length
      ? [
          '',
          'Goals (QUALITY.md §5; informational, never a failed run):',
          '',
          formatTable(['scenario', 'goal', 'measured', 'status', 'source'], goalRows),
        ]
      : []),
    ...(planLines.length
      ? ['', 'Plans of the baseline queries (EXPLAIN ANALYZE, BUFFERS; once, warm):', ...planLines]
      : []),
    ...(errorLines.length ? ['', 'Errors (first distinct messages):', ...errorLines] : []),
    '',
  ].join('\n')
}

const printWidth = 100 // .prettierrc.json

/**
 * JSON as Prettier prints it (`pnpm lint` runs `prettier --check .`, which reaches bench/out/):
 * objects expanded, arrays of plain values on one line when they fit in the print width.
 */
export const prettyJson = (value: unknown, indent = '', prefix = 0, last = true): string => {
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
      if (prefix + flat.length + (last ? 0 : 1) <= printWidth) return flat
    }
    const items = value.map(
      (v, i) => inner + prettyJson(v, inner, inner.length, i === value.length - 1),
    )
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([k, v], i) => {
      const key = `${inner}${JSON.stringify(k)}: `
      return key + prettyJson(v, inner, key.length, i === entries.length - 1)
    })
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export const writeJson = (
  outDir: string,
  startedAt: Date,
  settings: TSettings,
  results: TScenarioResult[],
  /** One-shot steps beside the scenarios (the import benchmark), by name. */
  extra: Record<string, unknown> = {},
): string => {
  fs.mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`)
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadavg: os.loadavg(),
    },
    settings,
    results,
    ...extra,
  }
  fs.writeFileSync(file, prettyJson(report) + '\n')
  return file
}

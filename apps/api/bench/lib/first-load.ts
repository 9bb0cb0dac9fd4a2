import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const webDir = fileURLToPath(new URL('../../../web', import.meta.url))
const script = path.join(webDir, 'scripts/bundle-budget.mjs')

export type TFirstLoadPage = {
  name: string
  budgetKiB: number
  goalKiB?: number
  gzip: number
  br: number
  raw: number
  files: number
}
export type TFirstLoadResult = { report: string; pages: TFirstLoadPage[] } | { skipped: string }

/**
 * The web app's first-load budget (apps/web/scripts/bundle-budget.mjs) on the current build of
 * `apps/web/dist`: the JS each page loads before it works, raw, gzip and brotli. Not rebuilt
 * here: `pnpm build` first (the report says when there is no build).
 */
export const runFirstLoad = (dist = path.join(webDir, 'dist')): TFirstLoadResult => {
  if (!existsSync(path.join(dist, '.vite/manifest.json')))
    return { skipped: `no web build with a manifest in ${dist}: run \`pnpm build\` first` }
  const run = (args: string[]) =>
    spawnSync(process.execPath, [script, dist, ...args], { encoding: 'utf8' })
  const table = run([])
  const json = run(['--json'])
  if (table.error || json.error || !json.stdout.trim())
    return { skipped: `bundle-budget.mjs failed: ${table.stderr || json.stderr}` }
  return { report: table.stdout, pages: JSON.parse(json.stdout) as TFirstLoadPage[] }
}

export const formatFirstLoad = (result: TFirstLoadResult): string =>
  'skipped' in result
    ? `\nFirst load (web build): skipped, ${result.skipped}`
    : `\nFirst load (web build): JS each page loads before it works\n${result.report.trimEnd()}`

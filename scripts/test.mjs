// `pnpm test`: everything the project checks, in order — types, lint, unit and API integration
// tests (real PostgreSQL), the web build, end-to-end tests in Chromium. Ends with one line
// `N passed, N failed` counted from the runners' own reports, and a non-zero exit on failure.
// First it makes sure the machine has what the tests need beyond npm packages (preflight.mjs).
// With TEST_ALSO_WITH_NODE=<a node binary> the unit and API tests run a second time on that
// Node (CI runs them on Node 24 as well as the machine's Node 20), both runs counted.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { preflight } from './preflight.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const reports = path.join(root, '.data/test-reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

let passed = 0
let failed = 0
const failures = []

preflight(root)

const run = (name, command, args, env = {}) => {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) failures.push(name)
  return result.status === 0
}

const countVitest = (file) => {
  if (!existsSync(file)) return false
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + (report.numTotalTestSuites > 0 ? 0 : 1)
  return true
}

const countPlaywright = (file) => {
  if (!existsSync(file)) return false
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
  return true
}

const check = (name, ok) => {
  // A check that is not a test runner (types, lint, build) counts as one test.
  if (ok) passed++
  else failed++
}

check('typecheck', run('typecheck', 'pnpm', ['-r', '--no-bail', 'typecheck']))
check('lint', run('lint', 'pnpm', ['lint']))

const vitestArgs = (report) => [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]
const vitestReport = path.join(reports, 'vitest.json')
run(`unit and API integration tests (Node ${process.versions.node})`, 'pnpm', [
  'exec',
  'vitest',
  ...vitestArgs(vitestReport),
])
if (!countVitest(vitestReport)) failed++

const otherNode = process.env.TEST_ALSO_WITH_NODE
if (otherNode) {
  const version = spawnSync(otherNode, ['--version'], { encoding: 'utf8' }).stdout?.trim()
  const report = path.join(reports, 'vitest-other-node.json')
  // That node first on PATH too: tests that start node (the server process) use the same one.
  run(
    `unit and API integration tests (Node ${version ?? otherNode})`,
    otherNode,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), ...vitestArgs(report)],
    { PATH: `${path.dirname(otherNode)}${path.delimiter}${process.env.PATH}` },
  )
  if (!countVitest(report)) failed++
}

check('web build', run('web build', 'pnpm', ['--filter', '@cr/web', 'build']))

const e2eReport = path.join(reports, 'playwright.json')
run(
  'end-to-end tests (Chromium)',
  'pnpm',
  ['--filter', '@cr/e2e', 'test', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  },
)
if (!countPlaywright(e2eReport)) failed++

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 && failures.length === 0 ? 0 : 1)

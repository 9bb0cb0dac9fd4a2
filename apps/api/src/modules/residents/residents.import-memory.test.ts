import { execFile } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeLargeCsv, writeLargeXlsx } from '../../imports/fixtures/write-ledgers.ts'

/**
 * Streams a generated 100,000-row residents ledger through the whole reading layer in a child process and
 * reports its peak RSS growth. Nothing timed is asserted (speed is the benchmark's job).
 *
 * Unconstrained, V8 lets garbage pile up (≈310 MB RSS growth for the xlsx, most of it collectable),
 * so the child runs with a 160 MB old space: if the reader retained more than that it would crash.
 * What it does retain grows with the file: the shared-strings table of an .xlsx (every distinct
 * text of the workbook), and the duplicate check keeps one ID per row.
 */
const ROWS = 100_000
const here = dirname(fileURLToPath(import.meta.url))
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cr-imports-large-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const measure = async (file: string) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--max-old-space-size=160', '--import', 'tsx', join(here, 'fixtures/measure-memory.ts'), file],
    { cwd: join(here, '../../..'), maxBuffer: 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    rows: number
    okRows: number
    baselineRss: number
    peakRss: number
    seconds: number
  }
}

describe.each([
  ['xlsx', writeLargeXlsx],
  ['csv', writeLargeCsv],
] as const)('a 100,000-row %s ledger', (format, write) => {
  it('streams with bounded memory', { timeout: 600_000 }, async () => {
    const file = join(dir, `residents-${ROWS}.${format}`)
    await write(file, ROWS)
    const result = await measure(file)
    const growthMb = (result.peakRss - result.baselineRss) / 2 ** 20
    console.log(
      `${format}: ${result.rows} rows (${(await stat(file)).size >> 20} MB file) in ${result.seconds.toFixed(1)} s, ` +
        `${Math.round(result.rows / result.seconds)} rows/s, peak RSS growth ${growthMb.toFixed(0)} MB`,
    )
    expect(result.rows).toBe(ROWS)
    expect(result.okRows).toBe(ROWS)
    expect(growthMb).toBeLessThan(320)
  })
})

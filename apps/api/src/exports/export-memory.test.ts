import { execFile } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

/**
 * Streams 200,000 generated rows through the export writer to a Writable that discards them, in
 * a child process with `--expose-gc`, and checks what stays in memory (heap plus buffers, after
 * a full collection, sampled every 10,000 rows). A bound check, not a timing: a writer that
 * kept rows, or let output queue up, retains tens of MB at this size (exceljs with too few event
 * loop turns: 24 MB); a streaming one, about 2 MB.
 */
const ROWS = 200_000
const LIMIT_MB = 16
const here = dirname(fileURLToPath(import.meta.url))

describe.each(['csv', 'xlsx'] as const)('exporting 200,000 rows as %s', (format) => {
  it('keeps memory flat', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(here, 'fixtures/measure-export-memory.ts'),
        format,
        String(ROWS),
      ],
      { cwd: join(here, '../..'), maxBuffer: 1024 * 1024 },
    )
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      rows: number
      aborted: boolean
      bytes: number
      baseline: number
      peak: number
      seconds: number
    }
    const growthMb = (result.peak - result.baseline) / 2 ** 20
    console.log(
      `${format}: ${result.rows} rows, ${(result.bytes / 2 ** 20).toFixed(1)} MB in ` +
        `${result.seconds.toFixed(1)} s, retained growth ${growthMb.toFixed(1)} MB`,
    )
    expect(result).toMatchObject({ rows: ROWS, aborted: false })
    expect(growthMb).toBeLessThan(LIMIT_MB)
  })
})

// Runs importer.ts in a child process (node --import tsx) and reads its one line of JSON. The
// child gets --expose-gc so its memory baseline is taken after a collection, and, with
// BENCH_IMPORT_CPU_PROF, --cpu-prof to show where its time goes. Killed at teardown if still
// running (an error or Ctrl-C in the driver).
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TCleanup } from '../lib/cleanup.ts'
import type { TImporterInput, TImporterResult } from './importer.ts'

const apiDir = fileURLToPath(new URL('../../', import.meta.url))
const entry = fileURLToPath(new URL('./importer.ts', import.meta.url))

export const spawnImporter = (
  input: TImporterInput,
  cleanup: TCleanup,
  cpuProfileDir: string | undefined,
): Promise<TImporterResult> => {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', ...profile, entry, JSON.stringify(input)],
    { cwd: apiDir, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  cleanup.defer(`stop importer ${child.pid}`, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (data: string) => (stdout += data))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      const line = stdout.trim().split('\n').at(-1)
      if (code === 0 && line) resolve(JSON.parse(line) as TImporterResult)
      else reject(new Error(`importer (${input.mode}) exited with ${code ?? signal}`))
    })
  })
}

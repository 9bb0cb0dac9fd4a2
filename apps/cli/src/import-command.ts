import { openAsBlob } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { importTypes, type TImportJob } from '@cr/shared/imports/import-job'
import { createApiClient } from './api-client.ts'
import type { TImportArgs } from './args.ts'
import { CliError, exitCode, type TExitCode } from './cli-error.ts'
import { resolveCommittee } from './committee.ts'
import { saveErrorReport } from './error-report.ts'
import { bytes } from './format.ts'
import { formatSummary } from './import-summary.ts'
import type { TIo } from './io.ts'
import { readMapping } from './mapping.ts'
import { waitForJob } from './wait-for-job.ts'

/** The file as a Blob that reads from disk while it is sent, not a copy in memory. */
const openLedger = async (path: string) => {
  const info = await stat(path).catch(() => null)
  if (!info) throw new CliError(`找不到文件：${path}`)
  if (!info.isFile()) throw new CliError(`不是文件：${path}`)
  return { blob: await openAsBlob(path), size: info.size }
}

/** 0 when every row passed (and was written, unless a dry run); 1 otherwise. */
const outcome = (job: TImportJob, dryRun: boolean): TExitCode => {
  if (job.status === 'failed' || job.counts.invalid > 0) return exitCode.rejected
  return job.status === (dryRun ? 'validated' : 'committed') ? exitCode.ok : exitCode.rejected
}

/**
 * `import <type> <file>`: upload, follow the job, print the summary, save the error report.
 * Without --dry-run the upload asks the server to check and commit in one job.
 */
export const runImport = async (args: TImportArgs, io: TIo): Promise<TExitCode> => {
  if (!(importTypes as readonly string[]).includes(args.type))
    throw new CliError(`未知的台账类型：${args.type}（可用：${importTypes.join('、')}）`)
  const path = resolve(io.cwd, args.file)
  const { blob, size } = await openLedger(path)
  const mapping = args.mapping ? await readMapping(args.mapping, io.cwd) : undefined
  const api = createApiClient(args.connection)
  const committeeId = args.committee ? await resolveCommittee(api, args.committee) : undefined

  const options = {
    type: args.type,
    dryRun: args.dryRun,
    mode: args.mode,
    onConflict: args.onConflict,
    committeeId,
    mapping,
  }
  const form = new FormData()
  form.append('options', JSON.stringify(options))
  form.append('file', blob, basename(path))
  io.stderr.write(`上传 ${basename(path)}（${bytes(size)}）到 ${api.server} …\n`)
  const created = await api.json<TImportJob>('/imports', { method: 'POST', body: form })

  const job = await waitForJob(api, created, io)
  io.stdout.write(formatSummary(job, args.dryRun))
  if (job.problemCount > 0) {
    const report = await saveErrorReport(api, job, path, io.stderr)
    if (report) io.stdout.write(`错误报告：${report}\n`)
  }
  return outcome(job, args.dryRun)
}

import { writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { TImportJob } from '@cr/shared/imports/import-job'
import type { TApiClient } from './api-client.ts'
import { ApiError, formatApiError, readProblem } from './api-error.ts'
import { CliError } from './cli-error.ts'
import type { TOutput } from './io.ts'
import { problemsCsv } from './problems-csv.ts'
import { saveResponse } from './save-response.ts'

/** `D:\台账\三月.xlsx` → `D:\台账\三月.errors.xlsx`: next to the ledger the clerk will fix. */
export const errorReportPath = (inputFile: string, extension: string) =>
  join(dirname(inputFile), `${basename(inputFile, extname(inputFile))}.errors.${extension}`)

/**
 * Saves the error report next to the input: the server's .xlsx (the original sheet with an
 * error column) when it offers one, otherwise a CSV of the problems the job lists.
 * Returns the path written, or null when nothing could be written (the reason is on stderr).
 */
export const saveErrorReport = async (
  api: TApiClient,
  job: TImportJob,
  inputFile: string,
  stderr: TOutput,
): Promise<string | null> => {
  const response = await api.send(`/imports/${job.id}/report`)
  try {
    if (response.ok) {
      const isCsv = response.headers.get('content-type')?.startsWith('text/csv') ?? false
      const path = errorReportPath(inputFile, isCsv ? 'csv' : 'xlsx')
      await saveResponse(response, path)
      return path
    }
    const problem = await readProblem(response)
    if (response.status !== 404) {
      stderr.write(`${formatApiError(new ApiError(response.status, problem))}\n`)
      return null
    }
    // The report route is newer than the CLI may expect (issue 4): fall back to what we have.
    const path = errorReportPath(inputFile, 'csv')
    const partial = job.problemCount > job.problems.length
    stderr.write(
      `服务器没有提供错误报告下载（GET /api/v1/imports/${job.id}/report 返回 404），` +
        `改为把${partial ? `前 ${job.problems.length} 条` : '全部'}问题写成 CSV。\n`,
    )
    await writeFile(path, problemsCsv(job.problems))
    return path
  } catch (error) {
    // Only the report is lost (e.g. a read-only folder); the summary has already been printed.
    const reason =
      error instanceof CliError
        ? error.message
        : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)
    stderr.write(`无法保存错误报告：${reason}\n`)
    return null
  }
}

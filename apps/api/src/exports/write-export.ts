import { type Writable } from 'node:stream'
import { type TExportOptions } from './export-columns.ts'
import { type TExportResult } from './export-result.ts'
import { writeCsv } from './write-csv.ts'
import { writeXlsx } from './write-xlsx.ts'

/**
 * Streams a list to `out` as xlsx or csv, one row in memory at a time, and ends `out`. If the
 * rows (or a column's `value`) throw, `out` is destroyed with the error, so a response being
 * sent is cut off rather than left hanging or ending as if complete; the promise rejects too.
 * If `out` goes away first, reading stops and the result says `aborted`.
 */
export const writeExport = async <Row>(
  out: Writable,
  options: TExportOptions<Row>,
): Promise<TExportResult> => {
  try {
    return options.format === 'csv'
      ? await writeCsv(out, options.columns, options.rows)
      : await writeXlsx(out, options.columns, options.rows, options.sheetName)
  } catch (error) {
    out.destroy(error instanceof Error ? error : new Error(String(error)))
    throw error
  }
}

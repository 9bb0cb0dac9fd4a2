import { type Writable } from 'node:stream'
import { fromDbDate } from '../lib/dates.ts'
import { finishedWriting, readyForMore } from './backpressure.ts'
import { type TExportColumn, type TExportValue } from './export-columns.ts'
import { type TExportResult } from './export-result.ts'

/** Excel on Chinese Windows reads a CSV without a BOM as GBK; with one, as UTF-8. */
const BOM = '\ufeff'
/** Rows are joined into chunks of about this many characters before they are written. */
const CHUNK_CHARS = 64 * 1024
/**
 * OWASP "CSV Injection": a cell starting with one of these may be run as a formula by Excel, so
 * it gets a leading apostrophe, which Excel shows as text.
 */
const formulaStart = /^[=+\-@\t\r]/

/** One field: RFC 4180 quoting when needed, dates as `YYYY-MM-DD`, text guarded. */
export const csvField = (value: TExportValue): string => {
  if (value === null) return ''
  if (value instanceof Date) return fromDbDate(value)
  // A number is our own data, never a formula; `-3` stays a number.
  if (typeof value === 'number') return String(value)
  const text = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const csvRecord = (fields: string[]) => `${fields.join(',')}\r\n`

/** UTF-8 with a BOM, CRLF after every record, as Excel writes CSV. */
export const writeCsv = async <Row>(
  out: Writable,
  columns: readonly TExportColumn<Row>[],
  rows: AsyncIterable<Row>,
): Promise<TExportResult> => {
  let chunk = BOM + csvRecord(columns.map((c) => csvField(c.header)))
  let count = 0
  for await (const row of rows) {
    if (out.destroyed) return { rows: count, aborted: true }
    chunk += csvRecord(columns.map((c) => csvField(c.value(row))))
    count += 1
    if (chunk.length >= CHUNK_CHARS) {
      out.write(chunk)
      chunk = ''
      if (!(await readyForMore(out))) return { rows: count, aborted: true }
    }
  }
  if (out.destroyed) return { rows: count, aborted: true }
  out.end(chunk)
  return { rows: count, aborted: !(await finishedWriting(out)) }
}

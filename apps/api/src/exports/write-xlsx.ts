import { type Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { finishedWriting, readyForMore } from './backpressure.ts'
import { columnWidth, type TExportColumn } from './export-columns.ts'
import { type TExportResult } from './export-result.ts'

const DATE_FORMAT = 'yyyy-mm-dd'

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
const safeSheetName = (name: string) =>
  name
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim()

/**
 * exceljs hands committed rows to zlib without waiting, and zlib deflates about one 64 KB buffer
 * per turn of the event loop. A turn per row keeps a fast source (rows already in memory, a
 * generator) well below that pace; without it the uncompressed sheet piles up in memory
 * (measured: +120 bytes a row with a turn every 200 rows, flat with one per row).
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Streams an xlsx workbook of one sheet: each row is committed (written out of memory) as soon
 * as it is built; inline strings instead of a shared-strings table, which would hold every
 * distinct text until the end.
 */
export const writeXlsx = async <Row>(
  out: Writable,
  columns: readonly TExportColumn<Row>[],
  rows: AsyncIterable<Row>,
  sheetName = 'Sheet1',
): Promise<TExportResult> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet(safeSheetName(sheetName) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = columns.map((c) => ({ width: columnWidth(c) }))
  const header = sheet.addRow(columns.map((c) => c.header))
  header.font = { bold: true }
  header.commit()

  let count = 0
  for await (const row of rows) {
    const values = columns.map((c) => c.value(row))
    const written = sheet.addRow(values)
    values.forEach((value, i) => {
      if (value instanceof Date) written.getCell(i + 1).numFmt = DATE_FORMAT
    })
    written.commit()
    count += 1
    await nextTurn()
    if (!(await readyForMore(out))) return { rows: count, aborted: true }
  }
  if (out.destroyed) return { rows: count, aborted: true }
  sheet.commit()
  // exceljs's commit waits for 'finish' only, so a client gone during the last bytes would
  // leave it pending forever: `delivered` settles either way.
  const delivered = finishedWriting(out)
  const committing = workbook.commit()
  // Handled by the race below; once the client is gone, a late failure has nowhere to go.
  committing.catch(() => {})
  await Promise.race([committing, delivered])
  return { rows: count, aborted: !(await delivered) }
}

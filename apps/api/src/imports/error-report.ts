import type { TImportJob } from '@cr/shared/imports/import-job'
import type { TExportColumn } from '../exports/export-columns.ts'
import { columnIndex, columnLetter, type TCell } from './cells.ts'
import { openSheet } from './read-sheet.ts'
import type { TReportCell } from './report-cells.ts'

type TReportRow = { rowNumber: number; cells: readonly TCell[]; errors: string | null }

/**
 * `[身份证号] 身份证号校验位错误；[与户主关系] 提醒：…`: every problem of one row, in one cell; a
 * warning (the row was imported all the same) says so.
 */
export const rowErrors = (
  problems: readonly {
    column: { header: string } | null
    message: string
    severity?: 'error' | 'warning'
  }[],
) =>
  problems
    .map((p) => {
      const message = p.severity === 'warning' ? `${warningMark}${p.message}` : p.message
      return p.column ? `[${p.column.header}] ${message}` : message
    })
    .join('；')

/** What a warning's message starts with in the report, beside the errors of the row. */
export const warningMark = '提醒：'

/**
 * The clerk's own sheet back with the problems beside each row: the header row and every data
 * row in order, the sheet's own row number first (what the check's report cites), and a last
 * column 错误说明. The rows above the header (title, 填报单位) are left out; the header detection
 * finds the header again on upload. `cell` decides how each cell is shown: ID numbers masked
 * (report-cells.ts), so the report says what to fix in the original, row by row; revealed
 * (`resident:reveal`, audited), it can itself be fixed in Excel and uploaded again.
 */
export const errorReport = (
  job: Pick<TImportJob, 'headerRowNumber' | 'columns' | 'options'>,
  content: Buffer,
  errorsByRow: ReadonlyMap<number, string>,
  cell: TReportCell,
) => {
  const headerRow = job.headerRowNumber ?? 1
  const width = Math.max(0, ...job.columns.map((c) => columnIndex(c.letter) + 1))
  const headers = new Map(job.columns.map((c) => [columnIndex(c.letter), c.header]))
  const columns: TExportColumn<TReportRow>[] = [
    { header: '原行号', width: 8, value: (r) => r.rowNumber },
    ...Array.from({ length: width }, (_, i) => ({
      header: headers.get(i) ?? columnLetter(i),
      value: (r: TReportRow) => cell(i, r.cells[i]),
    })),
    { header: '错误说明', width: 50, value: (r) => r.errors },
  ]
  async function* rows(): AsyncGenerator<TReportRow> {
    const sheet = await openSheet(
      content,
      job.options.sheet === undefined ? {} : { sheet: job.options.sheet },
    )
    for await (const row of sheet.rows) {
      if (row.rowNumber <= headerRow) continue
      yield { ...row, errors: errorsByRow.get(row.rowNumber) ?? null }
    }
  }
  return { columns, rows: rows() }
}

import { type Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { type TCell, type TSheetRow } from './cells.ts'
import { ImportFileError } from './import-error.ts'

/** Columns beyond this are ignored: a stray value in XFD1 must not allocate 16,384 cells a row. */
export const MAX_COLUMNS = 256

export type TXlsxOptions = {
  /** 1-based position among the visible sheets, or a sheet name. Default: the first visible. */
  sheet?: number | string
}

type TExcelValue = ExcelJS.CellValue | undefined

/** exceljs cell values → plain cells: rich text joined, formulas as their cached result. */
export const toCell = (value: TExcelValue): TCell => {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('formula' in value || 'sharedFormula' in value)
      return toCell((value as { result?: TExcelValue }).result)
    if ('error' in value) return value.error
    if ('text' in value) {
      const text = (value as { text: unknown }).text
      return typeof text === 'string' ? text : toCell(text as TExcelValue)
    }
  }
  return null
}

/**
 * Streams the rows of one worksheet with exceljs's `WorkbookReader`. Styles are cached (a few
 * KB) because that is how a date cell is told from a number; shared strings are cached because
 * cells refer to them by index — both are per workbook, not per row. Merged cells need no
 * handling: only their top-left cell has a value, the rest read as empty.
 */
export async function* readXlsxRows(
  input: Readable,
  options: TXlsxOptions = {},
): AsyncGenerator<TSheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  let visibleIndex = 0
  let found = false
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as ExcelJS.stream.xlsx.WorksheetReader & {
        name?: string
        state?: string
      }
      if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue
      visibleIndex += 1
      const wanted =
        options.sheet === undefined
          ? visibleIndex === 1
          : typeof options.sheet === 'number'
            ? visibleIndex === options.sheet
            : sheet.name === options.sheet
      if (!wanted) continue
      found = true
      for await (const row of sheet) {
        const values = row.values as TExcelValue[]
        const cells: TCell[] = []
        const width = Math.min(values.length - 1, MAX_COLUMNS)
        for (let c = 1; c <= width; c++) cells.push(toCell(values[c]))
        yield { rowNumber: row.number, cells }
      }
      break
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError('file_unreadable', {}, error)
  } finally {
    input.destroy()
  }
  if (!found) throw new ImportFileError('sheet_not_found', { sheet: options.sheet ?? 1 })
}

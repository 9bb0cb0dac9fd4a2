import { type TCell, type TSheetRow } from '../cells.ts'
import { parseXmlStream } from './xml.ts'

/** Columns beyond this are ignored: a stray value in XFD1 must not allocate 16,384 cells a row. */
export const MAX_COLUMNS = 256

export type TSheetContext = {
  sharedStrings: readonly string[]
  dateStyles: readonly boolean[]
  date1904: boolean
}

/** `AB12` → 27 (0-based column); -1 when the reference has no letters. */
const columnIndex = (reference: string): number => {
  let n = 0
  let i = 0
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i)
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64)
    else if (code >= 97 && code <= 122) n = n * 26 + (code - 96)
    else break
  }
  return i === 0 ? -1 : n - 1
}

/** A date cell's serial as the calendar date at UTC midnight (as `dateCellText` reads it). */
const serialDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25_569) * 86_400_000))

/**
 * A cell's value from its type (`t`), style (`s`) and the text of its `<v>` (or inline `<t>`):
 * shared and inline strings as text, formulas as their cached result, booleans, error codes
 * (`#N/A`) as text, numbers as numbers — or as dates when their style is a date format.
 * @see ECMA-376 Part 1, 18.3.1.4 c (Cell), 18.18.11 ST_CellType
 */
const cellValue = (type: string, style: number, text: string, context: TSheetContext): TCell => {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(text)] ?? null
    case 'str':
    case 'inlineStr':
    case 'e':
      return text
    case 'b':
      return text === '1' || text === 'true'
    case 'd': {
      const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text)
      return Number.isNaN(date.getTime()) ? text : date
    }
    default: {
      if (text === '') return null
      const n = Number(text)
      if (Number.isNaN(n)) return text
      return context.dateStyles[style] ? serialDate(n, context.date1904) : n
    }
  }
}

/**
 * The rows of a worksheet part as it streams in, with Excel's row numbers (`r`, or counted
 * when a writer leaves it out). Only the `<v>` and inline-string text of cells is kept. The
 * attributes read (`r`, `t`, `s`) have no namespace in SpreadsheetML, so they are looked up by
 * name directly: this runs for every cell of a sheet.
 */
export const sheetRows = (
  bytes: AsyncIterable<Uint8Array>,
  context: TSheetContext,
): AsyncGenerator<TSheetRow> => {
  let ready: TSheetRow[] = []
  let rowNumber = 0
  let cells: TCell[] = []
  let column = -1
  let type = ''
  let style = 0
  let text = ''
  // Text is collected only inside <v>, or <t> of an inline string (not a formula's <f>).
  let collecting = false
  let inInline = false
  let phonetic = 0
  return parseXmlStream<TSheetRow>(
    bytes,
    {
      open: (name, a) => {
        switch (name) {
          case 'row': {
            const r = Number(a.r)
            rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1
            cells = []
            column = -1
            return
          }
          case 'c': {
            const reference = a.r
            const index = reference === undefined ? -1 : columnIndex(reference)
            column = index >= 0 ? index : column + 1
            type = a.t ?? 'n'
            style = a.s === undefined ? 0 : Number(a.s)
            text = ''
            return
          }
          case 'v':
            collecting = true
            return
          case 'is':
            inInline = true
            return
          case 't':
            collecting = inInline && phonetic === 0
            return
          case 'rPh':
            phonetic++
            return
        }
      },
      close: (name) => {
        switch (name) {
          case 'v':
          case 't':
            collecting = false
            return
          case 'is':
            inInline = false
            return
          case 'rPh':
            phonetic--
            return
          case 'c': {
            if (column >= MAX_COLUMNS) return
            const value = cellValue(type, style, text, context)
            if (value === null) return
            while (cells.length < column) cells.push(null)
            cells[column] = value
            return
          }
          case 'row':
            ready.push({ rowNumber, cells })
            return
        }
      },
      text: (chunk) => {
        if (collecting) text += chunk
      },
    },
    () => {
      const out = ready
      ready = []
      return out
    },
  )
}

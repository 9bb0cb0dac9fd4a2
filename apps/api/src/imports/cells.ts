/**
 * What a reader yields: one sheet row as an array of cell values (index 0 is column A) with
 * the row number the clerk sees in Excel, so every problem can point at the sheet's own row.
 */
export type TCell = string | number | boolean | Date | null

export type TSheetRow = {
  /** 1-based, as Excel numbers rows (a CSV record counts as one row, blank lines included). */
  rowNumber: number
  cells: TCell[]
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** The index of a column letter: A → 0, AA → 26 (the inverse of `columnLetter`). */
export const columnIndex = (letter: string): number =>
  [...letter].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1

/** A date cell is a calendar date: the xlsx reader gives it as UTC midnight, so read it in UTC. */
export const dateCellText = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * A number as Excel's General format shows it: exact integers in full, numbers beyond 15
 * digits (which Excel has already rounded) in scientific notation, `3.70521E+17`.
 */
export const numberText = (n: number): string => {
  if (Number.isSafeInteger(n)) return n.toFixed(0)
  if (Math.abs(n) >= 1e15) {
    const [mantissa, exponent] = n.toExponential(5).split('e')
    return `${mantissa!.replace(/\.?0+$/, '')}E${exponent}`.toUpperCase()
  }
  return String(n)
}

/** A cell as text, for header matching, blank checks and problem reports. */
export const cellText = (cell: TCell | undefined): string => {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string') return cell
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateCellText(cell)
  if (typeof cell === 'number') return numberText(cell)
  return cell ? 'TRUE' : 'FALSE'
}

// Full-width spaces and the zero-width characters copy-paste from web pages leaves behind.
const blankish = /^(?:\s|\u3000|\u200b|\u200c|\u200d|\ufeff)*$/

export const isBlankCell = (cell: TCell | undefined): boolean => blankish.test(cellText(cell))

export const isBlankRow = (cells: readonly TCell[]): boolean => cells.every(isBlankCell)

import { isBlankCell, type TCell, type TSheetRow } from './cells.ts'
import { matchHeader } from './column-mapping.ts'
import { ImportFileError } from './import-error.ts'

/** Title, 填报单位/填报日期, notes: real ledgers put a handful of rows above the header. */
export const HEADER_SCAN_ROWS = 30
/** A row needs at least this many distinct known column names to count as the header. */
export const MIN_HEADER_SCORE = 2

/** How many distinct fields a row's cells name. A title or a data row scores 0 or 1. */
export const scoreHeaderRow = <K extends string>(
  index: Map<string, K>,
  cells: readonly TCell[],
): number => {
  const fields = new Set<K>()
  for (const cell of cells) {
    if (typeof cell !== 'string') continue
    const field = matchHeader(index, cell)
    if (field) fields.add(field)
  }
  return fields.size
}

/**
 * Whether the row under the header continues it: the names under a group title merged over
 * several columns (家庭住址 over 街路, 楼号, 单元, 户室号), the other headers merged down both
 * rows. It names a field the header row does not, and each of its cells is a known column name
 * or stands under a header cell that names none (blank, or the group title) — a data row has
 * values under known headers.
 */
export const continuesHeader = <K extends string>(
  index: Map<string, K>,
  header: readonly TCell[],
  next: readonly TCell[],
): boolean => {
  const named = new Set<K>()
  for (const cell of header) {
    const field = typeof cell === 'string' ? matchHeader(index, cell) : undefined
    if (field) named.add(field)
  }
  let namesMore = false
  for (const [i, cell] of next.entries()) {
    if (isBlankCell(cell)) continue
    if (typeof cell !== 'string') return false
    const field = matchHeader(index, cell)
    if (field) namesMore ||= !named.has(field)
    else {
      const above = header[i]
      if (typeof above === 'string' && matchHeader(index, above)) return false
    }
  }
  return namesMore
}

/** The two header rows as one: a name under a group title takes the title's place. */
const joinHeaderRows = (top: TSheetRow, bottom: TSheetRow): TSheetRow => ({
  rowNumber: bottom.rowNumber,
  cells: Array.from({ length: Math.max(top.cells.length, bottom.cells.length) }, (_, i) => {
    const below = bottom.cells[i] ?? null
    return isBlankCell(below) ? (top.cells[i] ?? null) : below
  }),
})

export type TLocatedHeader = {
  header: TSheetRow
  /** Rows above the header (title, 填报单位, notes), by number, for the report. */
  skippedRowNumbers: number[]
  /** The rows after the header: those read while scanning, then the rest of the stream. */
  rest: AsyncGenerator<TSheetRow>
}

/**
 * Finds the header among the first rows: the one naming the most known columns (the first such
 * row on a tie), or the row the user named — with the row under it when that continues it
 * (`continuesHeader`): the header is then both, numbered as the second. Only the scanned rows
 * are held in memory.
 */
export const locateHeader = async <K extends string>(
  rows: AsyncGenerator<TSheetRow>,
  index: Map<string, K>,
  options: { headerRowNumber?: number; scanRows?: number } = {},
): Promise<TLocatedHeader> => {
  const scanRows = options.scanRows ?? HEADER_SCAN_ROWS
  const buffered: TSheetRow[] = []
  let best: { at: number; score: number } | null = null
  for (;;) {
    if (options.headerRowNumber !== undefined) {
      const last = buffered.at(-1)
      if (last && last.rowNumber >= options.headerRowNumber) break
    } else if (buffered.length >= scanRows) break
    const next = await rows.next()
    if (next.done) break
    buffered.push(next.value)
    if (options.headerRowNumber === undefined) {
      const score = scoreHeaderRow(index, next.value.cells)
      if (score >= MIN_HEADER_SCORE && (!best || score > best.score))
        best = { at: buffered.length - 1, score }
    }
  }
  const at =
    options.headerRowNumber !== undefined
      ? buffered.findIndex((r) => r.rowNumber === options.headerRowNumber)
      : (best?.at ?? -1)
  if (at < 0) {
    await rows.return(undefined)
    throw new ImportFileError('header_not_found', {
      scannedRows: buffered.length,
      headerRowNumber: options.headerRowNumber ?? null,
    })
  }
  if (at === buffered.length - 1) {
    const next = await rows.next()
    if (!next.done) buffered.push(next.value)
  }
  const next = buffered[at + 1]
  const twoRows = next !== undefined && continuesHeader(index, buffered[at]!.cells, next.cells)
  const header = twoRows ? joinHeaderRows(buffered[at]!, next) : buffered[at]!
  const after = buffered.slice(at + (twoRows ? 2 : 1))
  async function* rest(): AsyncGenerator<TSheetRow> {
    try {
      yield* after
      after.length = 0
      yield* rows
    } finally {
      await rows.return(undefined)
    }
  }
  return {
    header,
    skippedRowNumbers: buffered.slice(0, at).map((r) => r.rowNumber),
    rest: rest(),
  }
}

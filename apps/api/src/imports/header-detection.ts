import { type TCell, type TSheetRow } from './cells.ts'
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

export type TLocatedHeader = {
  header: TSheetRow
  /** Rows above the header (title, 填报单位, notes), by number, for the report. */
  skippedRowNumbers: number[]
  /** The rows after the header: those read while scanning, then the rest of the stream. */
  rest: AsyncGenerator<TSheetRow>
}

/**
 * Finds the header among the first rows: the one naming the most known columns (the first such
 * row on a tie), or the row the user named. Only the scanned rows are held in memory.
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
  const header = buffered[at]!
  const after = buffered.slice(at + 1)
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

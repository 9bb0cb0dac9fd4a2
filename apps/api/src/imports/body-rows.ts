import { cellText, isBlankRow, type TSheetRow } from './cells.ts'
import { type TColumnMapping } from './column-mapping.ts'
import { normaliseHeader } from './header-text.ts'

/** `合计：120人`, `总计` end the data: what follows is a footer (制表人, 审核人 …). */
const totalsPattern = /^(合计|总计|共计)/
/** `小计` rows sit between groups (one per building); they are skipped, the data goes on. */
const subtotalPattern = /^小计/
/**
 * The first cell of the import template's explanation row (template.ts): the hints under the
 * header, which a clerk may leave in place when filling the template.
 */
export const EXPLANATION_MARK = '【说明】'

const firstText = (row: TSheetRow): string => {
  for (const cell of row.cells) {
    const text = cellText(cell).replace(/[\s\u3000]+/g, '')
    if (text) return text
  }
  return ''
}

export const isTotalsRow = (row: TSheetRow): boolean => totalsPattern.test(firstText(row))
export const isSubtotalRow = (row: TSheetRow): boolean => subtotalPattern.test(firstText(row))
const isExplanationRow = (row: TSheetRow): boolean => firstText(row).startsWith(EXPLANATION_MARK)

/** A header printed again on every page of a long ledger (copied from a printout). */
const isRepeatedHeader = <K extends string>(row: TSheetRow, mapping: TColumnMapping<K>) =>
  mapping.mapped.length > 0 &&
  mapping.mapped.every(
    (c) => normaliseHeader(cellText(row.cells[c.index])) === normaliseHeader(c.header),
  )

export type TBodyStats = {
  blankRows: number
  skippedRows: number[]
  totalsRowNumber: number | null
  /** The totals row itself, for a type that checks it (`TLedgerType.totals`). */
  totalsRow?: TSheetRow
}

/**
 * The data rows: blank rows, subtotals, repeated headers and the template's explanation row
 * skipped, and nothing after the totals row. `stats` is filled in as rows pass, for the report.
 */
export async function* bodyRows<K extends string>(
  rows: AsyncGenerator<TSheetRow>,
  mapping: TColumnMapping<K>,
  stats: TBodyStats,
): AsyncGenerator<TSheetRow> {
  try {
    for await (const row of rows) {
      if (isBlankRow(row.cells)) {
        stats.blankRows += 1
        continue
      }
      if (isTotalsRow(row)) {
        stats.totalsRowNumber = row.rowNumber
        stats.totalsRow = row
        return
      }
      if (isSubtotalRow(row) || isRepeatedHeader(row, mapping) || isExplanationRow(row)) {
        stats.skippedRows.push(row.rowNumber)
        continue
      }
      yield row
    }
  } finally {
    await rows.return(undefined)
  }
}

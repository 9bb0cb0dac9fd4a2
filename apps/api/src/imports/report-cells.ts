import type { TImportJob } from '@cr/shared/imports/import-job'
import type { TExportValue } from '../exports/export-columns.ts'
import { cellText, columnIndex, type TCell } from './cells.ts'
import type { TFieldDef } from './ledger-type.ts'
import { maskIdNumbersIn } from './mask-id-numbers.ts'

/** A cell of the uploaded sheet as the error report writes it, by its column index. */
export type TReportCell = (index: number, cell: TCell | undefined) => TExportValue

const asIs = (cell: TCell | undefined): TExportValue =>
  cell === undefined || cell === null ? null : typeof cell === 'boolean' ? String(cell) : cell

/**
 * How the report shows the sheet's cells. Revealed: as uploaded. Otherwise every cell of a
 * column the job mapped to a field with `display` (the ID number, in the residents ledger and
 * the party roster) goes through it — masked whatever it holds, a mistyped number included —
 * and every other text cell is searched for valid ID numbers (`maskIdNumbersIn`), so a number
 * in 备注 or in a column the mapping does not know is masked too.
 */
export const reportCells = (
  columns: TImportJob['columns'],
  fields: readonly Pick<TFieldDef, 'key' | 'display'>[],
  reveal: boolean,
): TReportCell => {
  if (reveal) return (_, cell) => asIs(cell)
  const displayOf = new Map(fields.flatMap((f) => (f.display ? [[f.key, f.display]] : [])))
  const displays = new Map(
    columns.flatMap((c) => {
      const display = c.field === null ? undefined : displayOf.get(c.field)
      return display ? [[columnIndex(c.letter), display] as const] : []
    }),
  )
  return (index, cell) => {
    const display = displays.get(index)
    if (display) {
      const text = cellText(cell).trim()
      return text ? display(text) : null
    }
    return typeof cell === 'string' ? maskIdNumbersIn(cell) : asIs(cell)
  }
}

import { cellText, isBlankCell, type TSheetRow } from './cells.ts'
import { type TColumnMapping } from './column-mapping.ts'
import { problemMessage } from './import-messages.ts'
import { type TFieldDef, type TLedgerType } from './ledger-type.ts'
import { problem, type TImportProblem } from './problems.ts'

/**
 * The 合计 row of a ledger whose type checks it (`TLedgerType.totals`, the 低保 roll): its mapped
 * cells normalised as data cells are (a cell that fails is left out), compared by the type with
 * the sums of the rows it built. What disagrees is a warning on the totals row: the clerk's own
 * arithmetic may be what is wrong, and the rows are imported as written.
 */
export const totalsWarnings = <K extends string, R, C>(
  type: TLedgerType<K, R, C>,
  fieldsByKey: ReadonlyMap<K, TFieldDef<K>>,
  mapping: TColumnMapping<K>,
  row: TSheetRow,
  sums: Partial<Record<string, number>>,
): TImportProblem[] => {
  if (!type.totals) return []
  const values: Partial<Record<K, unknown>> = {}
  for (const column of mapping.mapped) {
    const cell = row.cells[column.index] ?? null
    if (isBlankCell(cell)) continue
    const normalised = fieldsByKey.get(column.field)!.normalise(cell)
    if (normalised.ok) values[column.field] = normalised.value
  }
  const texts = row.cells.map((cell) => cellText(cell ?? null))
  return type.totals.check({ values, texts }, sums).map((issue) => {
    const column =
      issue.field === null ? undefined : mapping.mapped.find((c) => c.field === issue.field)
    const cell = column ? (row.cells[column.index] ?? null) : null
    return {
      ...problem(
        row.rowNumber,
        issue.code,
        {
          column: column ? { letter: column.letter, header: column.header } : null,
          field: issue.field,
          value: column && !isBlankCell(cell) ? cellText(cell) : null,
        },
        issue.message ?? problemMessage(issue.code),
      ),
      severity: 'warning' as const,
    }
  })
}

import { cellText, isBlankCell, type TSheetRow } from './cells.ts'
import { type TColumnMapping, type TMappedColumn } from './column-mapping.ts'
import { problemMessage } from './import-messages.ts'
import { type TFieldDef, type TLedgerType } from './ledger-type.ts'
import { problem, type TImportProblem } from './problems.ts'

export type TLedgerRow<R> =
  | { rowNumber: number; ok: true; record: R }
  | { rowNumber: number; ok: false; problems: TImportProblem[] }

/**
 * One sheet row → the type's record, or every problem it has. Cells are normalised field by
 * field; the record is then built and validated by the type (with the shared zod schema), with
 * the fields that already failed left out so one mistake is reported once.
 */
export const validateRow = <K extends string, R, C>(
  type: TLedgerType<K, R, C>,
  fieldsByKey: ReadonlyMap<K, TFieldDef<K>>,
  mapping: TColumnMapping<K>,
  row: TSheetRow,
  context: C,
): TLedgerRow<R> => {
  const values: Partial<Record<K, unknown>> = {}
  const shown = new Map<K, { column: TMappedColumn<K>; value: string }>()
  const problems: TImportProblem[] = []
  const failed = new Set<K>()
  for (const column of mapping.mapped) {
    const cell = row.cells[column.index] ?? null
    if (isBlankCell(cell)) continue
    const field = fieldsByKey.get(column.field)!
    const text = cellText(cell).trim()
    const value = field.display ? field.display(text) : text
    shown.set(column.field, { column, value })
    const normalised = field.normalise(cell)
    if (normalised.ok) values[column.field] = normalised.value
    else {
      failed.add(column.field)
      problems.push(
        problem(row.rowNumber, normalised.code, {
          column: { letter: column.letter, header: column.header },
          field: column.field,
          value,
        }),
      )
    }
  }
  const built = type.build(values, context)
  if (built.ok && problems.length === 0)
    return { rowNumber: row.rowNumber, ok: true, record: built.record }
  if (!built.ok)
    for (const issue of built.issues) {
      if (issue.field !== null && failed.has(issue.field)) continue
      const at = issue.field === null ? undefined : shown.get(issue.field)
      const column =
        issue.field === null
          ? undefined
          : (at?.column ?? mapping.mapped.find((c) => c.field === issue.field))
      problems.push(
        problem(
          row.rowNumber,
          issue.code,
          {
            column: column ? { letter: column.letter, header: column.header } : null,
            field: issue.field,
            value: at?.value ?? null,
          },
          issue.message ?? problemMessage(issue.code),
        ),
      )
    }
  return { rowNumber: row.rowNumber, ok: false, problems }
}

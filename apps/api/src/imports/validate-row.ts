import { isStorableText, storableText } from '@cr/shared/common/text'
import { cellText, isBlankCell, type TCell, type TSheetRow } from './cells.ts'
import { type TColumnMapping, type TMappedColumn } from './column-mapping.ts'
import { problemMessage } from './import-messages.ts'
import { type TBuildIssue, type TFieldDef, type TLedgerType } from './ledger-type.ts'
import { problem, type TImportProblem } from './problems.ts'

export type TLedgerRow<R> =
  | { rowNumber: number; ok: true; record: R; warnings?: TImportProblem[] }
  | { rowNumber: number; ok: false; problems: TImportProblem[] }

/** A cell as a problem report shows it (masked where the field says so). */
const shownValue = <K extends string>(
  fieldsByKey: ReadonlyMap<K, TFieldDef<K>>,
  column: TMappedColumn<K>,
  cell: TCell,
): string => {
  const text = cellText(cell).trim()
  const display = fieldsByKey.get(column.field)!.display
  return storableText(display ? display(text) : text)
}

/**
 * One sheet row → the type's record, or every problem it has. Cells are normalised field by
 * field; the record is then built and validated by the type (with the shared zod schema), with
 * the fields that already failed left out so one mistake is reported once. The text shown in a
 * problem is made only when there is one: this runs for every row of a large ledger.
 */
export const validateRow = <K extends string, R, C>(
  type: TLedgerType<K, R, C>,
  fieldsByKey: ReadonlyMap<K, TFieldDef<K>>,
  mapping: TColumnMapping<K>,
  row: TSheetRow,
  context: C,
): TLedgerRow<R> => {
  const values: Partial<Record<K, unknown>> = {}
  const problems: TImportProblem[] = []
  let failed: Set<K> | undefined
  for (const column of mapping.mapped) {
    const cell = row.cells[column.index] ?? null
    if (isBlankCell(cell)) continue
    // NUL (a CSV saved as UTF-16, a binary file) cannot be stored: a problem, not a failed job.
    const normalised =
      typeof cell === 'string' && !isStorableText(cell)
        ? ({ ok: false, code: 'text_invalid_characters' } as const)
        : fieldsByKey.get(column.field)!.normalise(cell)
    if (normalised.ok) values[column.field] = normalised.value
    else {
      ;(failed ??= new Set()).add(column.field)
      problems.push(
        problem(row.rowNumber, normalised.code, {
          column: { letter: column.letter, header: column.header },
          field: column.field,
          value: shownValue(fieldsByKey, column, cell),
        }),
      )
    }
  }
  const built = type.build(values, context)
  /** A build issue as the report shows it: at its column, with the cell's value. */
  const shown = (issue: TBuildIssue<K>) => {
    const column =
      issue.field === null ? undefined : mapping.mapped.find((c) => c.field === issue.field)
    const cell = column ? (row.cells[column.index] ?? null) : null
    return problem(
      row.rowNumber,
      issue.code,
      {
        column: column ? { letter: column.letter, header: column.header } : null,
        field: issue.field,
        value: column && !isBlankCell(cell) ? shownValue(fieldsByKey, column, cell) : null,
      },
      issue.message ?? problemMessage(issue.code),
    )
  }
  if (built.ok && problems.length === 0)
    return built.warnings?.length
      ? {
          rowNumber: row.rowNumber,
          ok: true,
          record: built.record,
          warnings: built.warnings.map((w) => ({ ...shown(w), severity: 'warning' as const })),
        }
      : { rowNumber: row.rowNumber, ok: true, record: built.record }
  if (!built.ok)
    for (const issue of built.issues) {
      if (issue.field !== null && failed?.has(issue.field)) continue
      problems.push(shown(issue))
    }
  return { rowNumber: row.rowNumber, ok: false, problems }
}

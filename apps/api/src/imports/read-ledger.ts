import { bodyRows, type TBodyStats } from './body-rows.ts'
import {
  mapColumns,
  synonymIndex,
  type TColumnMapping,
  type TMappingOverrides,
} from './column-mapping.ts'
import { type TEncodingGuess } from './csv-encoding.ts'
import { locateHeader } from './header-detection.ts'
import { columnMissing } from './column-missing.ts'
import { type TLedgerType } from './ledger-type.ts'
import { problem, type TImportProblem } from './problems.ts'
import { openSheet } from './read-sheet.ts'
import { type TImportSource, type TSheetFormat } from './source.ts'
import { totalsWarnings } from './totals-row.ts'
import { validateRow, type TLedgerRow } from './validate-row.ts'

export type TReadLedgerOptions<K extends string> = {
  /** xlsx: 1-based visible sheet or its name. */
  sheet?: number | string
  /** Skip header detection: the user said which row holds the header. */
  headerRowNumber?: number
  /** The user's column corrections (by letter or header text); see `TMappingOverrides`. */
  mapping?: TMappingOverrides<K>
  /** Hears how many bytes of the file the reader has got through (for progress). */
  onBytesRead?: (bytes: number) => void
}

/**
 * A type may name the field whose value identifies a record (the ID number for people); the
 * reader then reports a value's second appearance in the same file, with the first row's number.
 */
export type TNaturalKey<R, K extends string> = { field: K; of: (record: R) => string }

export type TLedger<K extends string, R> = {
  format: TSheetFormat
  encoding: TEncodingGuess | null
  mapping: TColumnMapping<K>
  /** Rows above the header (title, 填报单位, notes). */
  skippedRowNumbers: number[]
  /** Filled in while `rows` is read: blank rows, skipped rows, where the totals row was. */
  stats: TBodyStats
  /**
   * The data rows, validated, in sheet order. Throws `column_missing` on the first step when a
   * required column is not mapped: check `mapping.missingRequired` before reading.
   */
  rows: AsyncGenerator<TLedgerRow<R>>
  /** Once `rows` is read: the warnings of the totals row, for a type that checks it. */
  totalsWarnings: () => TImportProblem[]
}

/**
 * Opens a ledger: reads until the header is found, maps the columns, and hands back a lazy
 * stream of validated rows. Memory is bounded by one row plus the header scan (≤ 30 rows) plus,
 * with a natural key, one short string per row for the duplicate check.
 */
export const openLedger = async <K extends string, R, C>(
  source: TImportSource,
  type: TLedgerType<K, R, C> & { naturalKey?: TNaturalKey<R, K> },
  context: C,
  options: TReadLedgerOptions<K> = {},
): Promise<TLedger<K, R>> => {
  const sheet = await openSheet(source, {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.onBytesRead ? { onBytesRead: options.onBytesRead } : {}),
  })
  const index = synonymIndex(type.fields)
  const located = await locateHeader(
    sheet.rows,
    index,
    options.headerRowNumber === undefined ? {} : { headerRowNumber: options.headerRowNumber },
  )
  let mapping: TColumnMapping<K>
  try {
    mapping = mapColumns(
      type.fields,
      located.header.rowNumber,
      located.header.cells,
      options.mapping,
      index,
      type.columnGroups,
    )
  } catch (error) {
    await located.rest.return(undefined)
    throw error
  }
  const stats: TBodyStats = { blankRows: 0, skippedRows: [], totalsRowNumber: null }
  const fieldsByKey = new Map(type.fields.map((f) => [f.key, f]))
  const sums: Record<string, number> = {}

  async function* rows(): AsyncGenerator<TLedgerRow<R>> {
    if (mapping.missingRequired.length) {
      await located.rest.return(undefined)
      throw columnMissing(type, mapping)
    }
    const firstRowOfKey = new Map<string, number>()
    const keyField = type.naturalKey?.field
    const keyColumn = mapping.mapped.find((c) => c.field === keyField)
    for await (const row of bodyRows(located.rest, mapping, stats)) {
      const result = validateRow(type, fieldsByKey, mapping, row, context)
      if (result.ok) type.totals?.add(sums, result.record)
      if (result.ok && type.naturalKey) {
        const key = type.naturalKey.of(result.record)
        const first = firstRowOfKey.get(key)
        if (first !== undefined) {
          const field = fieldsByKey.get(type.naturalKey.field)!
          const text = String(row.cells[keyColumn?.index ?? -1] ?? '').trim()
          yield {
            rowNumber: row.rowNumber,
            ok: false,
            problems: [
              problem(
                row.rowNumber,
                'duplicate_in_file',
                {
                  column: keyColumn ? { letter: keyColumn.letter, header: keyColumn.header } : null,
                  field: type.naturalKey.field,
                  value: field.display ? field.display(text) : text,
                },
                `${field.label}与第 ${first} 行重复`,
              ),
            ],
          }
          continue
        }
        firstRowOfKey.set(key, row.rowNumber)
      }
      yield result
    }
  }

  return {
    format: sheet.format,
    encoding: sheet.encoding,
    mapping,
    skippedRowNumbers: located.skippedRowNumbers,
    stats,
    rows: rows(),
    totalsWarnings: () =>
      stats.totalsRow ? totalsWarnings(type, fieldsByKey, mapping, stats.totalsRow, sums) : [],
  }
}

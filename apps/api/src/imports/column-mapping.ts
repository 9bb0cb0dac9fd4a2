import { storableText } from '@cr/shared/common/text'
import { cellText, columnLetter, isBlankCell, type TCell } from './cells.ts'
import { headerWithoutHint, normaliseHeader } from './header-text.ts'
import { ImportFileError } from './import-error.ts'
import { type TColumnGroup, type TFieldDef } from './ledger-type.ts'

export type TColumn = {
  /** 0-based index into the row's cells. */
  index: number
  letter: string
  /** The header cell as written. */
  header: string
}

export type TMappedColumn<K extends string> = TColumn & {
  field: K
  /** `override` when the user chose it (the UI shows those differently). */
  source: 'synonym' | 'override'
}

export type TColumnMapping<K extends string> = {
  headerRowNumber: number
  mapped: TMappedColumn<K>[]
  /** Columns with a header that no field claims: the UI offers them for manual mapping. */
  unrecognised: TColumn[]
  /** A second column for a field that already has one; ignored, listed so nobody is surprised. */
  duplicates: (TColumn & { field: K })[]
  /** Columns the user chose to ignore, and the serial-number column (序号) no field claims. */
  ignored: TColumn[]
  /**
   * Fields whose column is required but absent — always required, or required with a column
   * of their group that is there (`TColumnGroup`). The engine refuses the file if any remain.
   */
  missingRequired: K[]
}

/**
 * The serial-number column every ledger has (序号, 编号, No.): ignored without a word, unless
 * the user maps it. Compared as `normaliseHeader` leaves a header.
 */
const serialHeaders = new Set(['序号', '编号', '序', '顺序号', '行号', 'no', 'no.', 'nº', 'number'])
export const isSerialHeader = (header: string) => serialHeaders.has(normaliseHeader(header))

/**
 * A user's corrections, keyed by column letter (`"F"`) or by header text (`"户籍地址"`), to a
 * field key or `null` (ignore the column). Keys by header text survive a reordered sheet, so a
 * saved mapping can be reused on next month's ledger.
 */
export type TMappingOverrides<K extends string> = Record<string, K | null>

/** Header text → field, built once per type: the label, synonyms, and their bracket-free forms. */
export const synonymIndex = <K extends string>(fields: readonly TFieldDef<K>[]): Map<string, K> => {
  const index = new Map<string, K>()
  for (const field of fields)
    for (const name of [field.label, ...field.synonyms]) {
      const key = normaliseHeader(name)
      const existing = index.get(key)
      if (existing && existing !== field.key)
        throw new Error(`Header "${name}" is claimed by ${existing} and ${field.key}`)
      index.set(key, field.key)
    }
  return index
}

export const matchHeader = <K extends string>(
  index: Map<string, K>,
  text: string,
): K | undefined => {
  const normalised = normaliseHeader(text)
  if (!normalised) return undefined
  return index.get(normalised) ?? index.get(headerWithoutHint(normalised))
}

const isLetter = (key: string) => /^[A-Z]{1,3}$/.test(key)

/** Maps the header row's cells onto fields: overrides first, then synonyms, left to right. */
export const mapColumns = <K extends string>(
  fields: readonly TFieldDef<K>[],
  headerRowNumber: number,
  headerCells: readonly TCell[],
  overrides: TMappingOverrides<K> = {},
  index: Map<string, K> = synonymIndex(fields),
  groups: readonly TColumnGroup<K>[] = [],
): TColumnMapping<K> => {
  const fieldKeys = new Set(fields.map((f) => f.key))
  const columns: TColumn[] = []
  headerCells.forEach((cell, i) => {
    if (!isBlankCell(cell))
      columns.push({
        index: i,
        letter: columnLetter(i),
        header: storableText(cellText(cell).trim()),
      })
  })
  const overrideByHeader = new Map<string, K | null>()
  for (const [key, field] of Object.entries(overrides)) {
    if (field !== null && !fieldKeys.has(field))
      throw new ImportFileError('mapping_invalid', { key, field })
    if (isLetter(key)) {
      // A letter may name a column whose header cell is blank; the clerk still sees the letter.
      if (!columns.some((c) => c.letter === key))
        columns.push({ index: letterIndex(key), letter: key, header: '' })
    } else overrideByHeader.set(normaliseHeader(key), field)
  }
  columns.sort((a, b) => a.index - b.index)

  const result: TColumnMapping<K> = {
    headerRowNumber,
    mapped: [],
    unrecognised: [],
    duplicates: [],
    ignored: [],
    missingRequired: [],
  }
  const taken = new Set<K>()
  const decide = (
    column: TColumn,
  ): { field: K | null | undefined; source: 'override' | 'synonym' } => {
    if (Object.hasOwn(overrides, column.letter))
      return { field: overrides[column.letter], source: 'override' }
    const byHeader = overrideByHeader.get(normaliseHeader(column.header))
    if (byHeader !== undefined || overrideByHeader.has(normaliseHeader(column.header)))
      return { field: byHeader ?? null, source: 'override' }
    return { field: matchHeader(index, column.header), source: 'synonym' }
  }
  // Overrides claim their fields first, so a synonym match elsewhere cannot take them.
  const decisions = columns.map((column) => ({ column, ...decide(column) }))
  // A serial-number header a field claims (编号: the contract ledger's number) yields to a
  // header of the same field that says more (责任书编号): the 编号 column is then the serials.
  const bySynonym = new Map<K, typeof decisions>()
  for (const d of decisions)
    if (d.source === 'synonym' && d.field)
      bySynonym.set(d.field, [...(bySynonym.get(d.field) ?? []), d])
  for (const claims of bySynonym.values())
    if (claims.some((d) => !isSerialHeader(d.column.header)))
      for (const d of claims) if (isSerialHeader(d.column.header)) d.field = undefined
  for (const d of decisions)
    if (d.source === 'override' && d.field) {
      if (taken.has(d.field)) throw new ImportFileError('mapping_invalid', { field: d.field })
      taken.add(d.field)
    }
  for (const { column, field, source } of decisions) {
    if (field === null) result.ignored.push(column)
    else if (field === undefined)
      (isSerialHeader(column.header) ? result.ignored : result.unrecognised).push(column)
    else if (source === 'override') result.mapped.push({ ...column, field, source })
    else if (taken.has(field)) result.duplicates.push({ ...column, field })
    else {
      taken.add(field)
      result.mapped.push({ ...column, field, source })
    }
  }
  result.mapped.sort((a, b) => a.index - b.index)
  const required = new Set(fields.filter((f) => f.requiredColumn).map((f) => f.key))
  for (const group of groups)
    if (group.fields.some((k) => taken.has(k))) for (const k of group.required) required.add(k)
  result.missingRequired = fields
    .filter((f) => required.has(f.key) && !taken.has(f.key))
    .map((f) => f.key)
  return result
}

export const letterIndex = (letter: string): number =>
  [...letter].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1

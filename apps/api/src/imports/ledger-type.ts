import { type TCell } from './cells.ts'
import { type TProblemCode } from './import-messages.ts'

/**
 * What a record type plugs into the engine: its columns (with the names ledgers give them) and
 * how a row's normalised values become a record. The engine knows nothing else about the type.
 */

/** A cell turned into the value the type's schema expects, or the reason it cannot be. */
export type TNormalised<V = unknown> = { ok: true; value: V } | { ok: false; code: TProblemCode }

export type TFieldDef<K extends string = string> = {
  key: K
  /** The header the template writes, and the name shown in the mapping UI. */
  label: string
  /** Other names ledgers use for the column; `label` is matched too. */
  synonyms: readonly string[]
  /** The column must be present (mapped) for the file to import at all. */
  requiredColumn?: boolean
  /** Blank cells are `undefined`; a normaliser only sees non-blank cells. */
  normalise: (cell: TCell) => TNormalised
  /** The template's explanation row: what to write, e.g. `18 位，末位可为 X`. */
  hint?: string
  /** The accepted words of a coded field: the template's drop-down list. */
  choices?: readonly string[]
  /** How a rejected value is shown in a report (ID numbers are masked). Default: as text. */
  display?: (text: string) => string
}

/** A field-level problem found while building the record; `field: null` for the row as a whole. */
export type TBuildIssue<K extends string = string> = {
  field: K | null
  code: TProblemCode
  message?: string
}

export type TBuildResult<R, K extends string = string> =
  { ok: true; record: R } | { ok: false; issues: TBuildIssue<K>[] }

export type TLedgerType<K extends string, R, C> = {
  /** Stable key: the URL segment and the CLI argument (`residents`). */
  type: string
  label: string
  fields: readonly TFieldDef<K>[]
  /**
   * Validates one row with the type's zod schema. `values` holds the normalised value of every
   * mapped, non-blank cell; `context` is what the engine resolved beforehand (committees…).
   */
  build: (values: Partial<Record<K, unknown>>, context: C) => TBuildResult<R, K>
}

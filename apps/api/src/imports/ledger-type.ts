import type pg from 'pg'
import type { TActor, TRequestMeta } from '../lib/actor.ts'
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
  /**
   * How the field's values are shown outside the registry: a rejected value in a problem, and
   * every cell of its column in the error report unless revealed (ID numbers are masked). A
   * field with `display` is personal data in the report's sense. Default: as text.
   */
  display?: (text: string) => string
  /**
   * `false`: another way ledgers write what other columns of the type hold (a lease period in
   * one cell beside its two dates, an address split over 街路巷, 楼号, 单元, 室号 beside the one
   * cell): read when a sheet has it, left out of the template so a clerk fills in one form.
   */
  template?: false
}

/** A field-level problem found while building the record; `field: null` for the row as a whole. */
export type TBuildIssue<K extends string = string> = {
  field: K | null
  code: TProblemCode
  message?: string
}

/**
 * A row's record, possibly with warnings — what looks wrong but may be right (a relationship
 * that contradicts the ID number's sex): shown in the check and the error report, the row is
 * imported —, or the problems that refuse it.
 */
export type TBuildResult<R, K extends string = string> =
  { ok: true; record: R; warnings?: TBuildIssue<K>[] } | { ok: false; issues: TBuildIssue<K>[] }

/**
 * Columns that go together (the parts of an address): once the sheet has any of `fields`, the
 * `required` ones must be there too. One missing is said once for the file, naming it and the
 * headers no field claims, instead of on every row.
 */
export type TColumnGroup<K extends string = string> = {
  /** What the columns make, for the message: `住址`. */
  label: string
  fields: readonly K[]
  required: readonly K[]
}

export type TLedgerType<K extends string, R, C> = {
  /** Stable key: the URL segment and the CLI argument (`residents`). */
  type: string
  label: string
  fields: readonly TFieldDef<K>[]
  columnGroups?: readonly TColumnGroup<K>[]
  /**
   * Validates one row with the type's zod schema. `values` holds the normalised value of every
   * mapped, non-blank cell; `context` is what the engine resolved beforehand (committees…).
   */
  build: (values: Partial<Record<K, unknown>>, context: C) => TBuildResult<R, K>
  /**
   * A ledger whose 合计 row carries sums (the 低保 roll): `add` sums each row the type built
   * (into sums that start empty), and `check` is given the totals row when the sheet has one —
   * its mapped cells normalised (those that fail left out) and the text of every cell — and
   * returns what disagrees, shown as warnings on that row. Rows that failed to build are not
   * summed: a message says so.
   */
  totals?: {
    add: (sums: Record<string, number>, record: R) => void
    check: (
      totals: { values: Partial<Record<K, unknown>>; texts: string[] },
      sums: Partial<Record<string, number>>,
    ) => TBuildIssue<K>[]
  }
}

/**
 * What a commit needs besides the rows: one connection inside the job's transaction, who acts,
 * and the options. Dry runs run the very same steps and roll back, so their counts are exact.
 */
export type TWriteStageContext = {
  client: pg.PoolClient
  jobId: string
  actor: TActor
  meta: TRequestMeta
  onConflict: 'skip' | 'update'
  /** Fields whose column the ledger has: an update never clears a field the sheet lacks. */
  mappedFields: ReadonlySet<string>
  /** The job's day (CST) by the app's clock: the date of what it records as happening now. */
  today: string
}

/** The sheet rows of one staged batch (valid rows only are staged). */
export type TStagedBatch = { fromRow: number; toRow: number; staged: number }

/** A problem the staged rows have together (a household without a head) or with the registry. */
export type TStagedProblem = {
  rowNumber: number
  field: string | null
  code: TProblemCode
  message?: string
}

export type TWriteCounts = { created: number; updated: number; unchanged: number; skipped: number }

/**
 * The write side of a type. Valid rows are streamed into a temporary staging table with COPY,
 * then checked and written with a few set-based statements: the importer's rows per second
 * stay a fair share of COPY's own (see bench), whatever the ledger's size.
 */
export type TLedgerWriter<R> = {
  /** `CREATE TEMP TABLE … ON COMMIT DROP` for the staged rows (first column `row_number`). */
  stageTableSql: string
  /** `COPY <stage> (…) FROM STDIN` matching `copyLine`'s columns. */
  copySql: string
  copyLine: (rowNumber: number, record: R) => string
  /**
   * Optional: work on one staged batch (sheet rows `fromRow`…`toRow`) as soon as it is staged,
   * while the next batch is read — writing now what no later row can change. The run waits for
   * it before the next batch's COPY (see run-job.ts).
   */
  stageBatch?: (client: pg.PoolClient, batch: TStagedBatch) => Promise<unknown>
  /** Marks rows that cannot be written (returned as problems); nothing else is written yet. */
  check: (ctx: TWriteStageContext) => Promise<TStagedProblem[]>
  /** Writes the unmarked rows, their audit rows and the job's `import_record` rows. */
  write: (ctx: TWriteStageContext) => Promise<TWriteCounts>
  /** Reverses a committed job; throws `AppError('import_undo_conflict', 409)` if it cannot. */
  undo: (ctx: Omit<TWriteStageContext, 'onConflict' | 'mappedFields'>) => Promise<void>
}

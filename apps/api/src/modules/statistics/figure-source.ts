import { cstDateOf } from '@cr/shared/party/calendar'
import type { TPermission } from '@cr/shared/auth/roles'
import type { TFigureModule, TFigureRow } from '@cr/shared/statistics/statistics'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/**
 * The seam through which a record module adds its figures to the office's statistics (the
 * dashboard, the annual report, the drill-downs): a `TFigureSource` in the module's own
 * `<module>.figures.ts`, listed once in `apps/api/src/figure-sources.ts`.
 *
 * A figure is the records that make it up: `rows` returns them (as of `asOf`, from the dated
 * history the module keeps), and its number is their count — or the sum of their `amount`, or
 * what `value` makes of them (a rate). The drill-down lists the same rows, so every number can be
 * checked row by row; per committee is the same rows grouped by `committeeId`.
 */
export type TFigureScope = {
  db: TTransaction
  actor: TActor
  /** The day the figures are as of (`YYYY-MM-DD`, China time, end of day). */
  asOf: string
  /** The period's first day, for figures about the period. */
  from: string
  /** The business day (the app's clock): on it and after, a figure is the current state. */
  today: string
  /**
   * The committees to count (the actor's scope narrowed to the query's committee); null: every
   * committee. A module applies its own data scope besides (the party scope for party records).
   */
  committeeIds: readonly string[] | null
}

/** A row as a source returns it: the committee by id (the service names it). */
export type TFigureSourceRow = Omit<
  TFigureRow,
  'committee' | 'part' | 'detail' | 'date' | 'amount'
> & {
  committeeId: string | null
  part?: string | null
  /** The part's label (a branch's name, a code's label); the part's key if left out. */
  partLabel?: string | null
  detail?: string | null
  date?: string | null
  amount?: number | null
}

export type TFigureDefinition = {
  /** A key of the shared catalog (`packages/shared/src/statistics/figures/<module>.ts`). */
  key: string
  rows: (scope: TFigureScope) => Promise<TFigureSourceRow[]>
  /**
   * The number the rows make: by default their count (`count`) or the sum of their `amount`
   * (`fen`, `minutes`); a rate says how (registered ÷ due, in per mille).
   */
  value?: (rows: readonly TFigureSourceRow[]) => number | null
  /**
   * A part's number, when it is not the figure's own rule applied to the part's rows: a rate's
   * parts (on time, late, not registered) are how many rows each holds, not a rate each.
   */
  partValue?: (rows: readonly TFigureSourceRow[]) => number
}

export type TFigureSource = {
  module: TFigureModule
  /** The permission that reads the module's records: without it the module's figures are left out. */
  permission: TPermission
  /** Whether the module holds any record in scope: if not, its figures are "not recorded" (null). */
  recorded: (scope: TFigureScope) => Promise<boolean>
  figures: readonly TFigureDefinition[]
}

/**
 * The last moment of `asOf` in China time, for records dated by a timestamp (a row created on
 * the evening of 31 December in Beijing is 15:00 UTC, and counts in that year).
 */
export const endOfDay = (date: string): Date => new Date(`${date}T23:59:59.999+08:00`)

/** Later than every timestamp: on today, a record counts as it is now. */
const now = new Date('9999-12-31T00:00:00Z')

/**
 * The moment timestamps (`created_at`, `deleted_at`) are compared with for `asOf`: its end of day
 * in the past; on today or later, every record as it stands. The database stamps rows by its own
 * clock, which may run past the business day (a fixed clock in tests and demonstrations, a
 * machine whose date is set ahead): a figure as of today is the current state all the same.
 */
export const asOfInstant = (scope: Pick<TFigureScope, 'asOf' | 'today'>): Date =>
  scope.asOf >= scope.today ? now : endOfDay(scope.asOf)

/**
 * The day a timestamp (`created_at`, `updated_at`) puts a record in the figures: its day in China
 * time, but never after the business day (see `asOfInstant`).
 */
export const stampedOn = (scope: Pick<TFigureScope, 'today'>, stamp: Date): string => {
  const day = cstDateOf(stamp)
  return day > scope.today ? scope.today : day
}

/** A record not deleted by the end of `asOf` (deleted later, it still counts then). */
export const notDeletedBy = (scope: Pick<TFigureScope, 'asOf' | 'today'>) => ({
  OR: [{ deletedAt: null }, { deletedAt: { gt: asOfInstant(scope) } }],
})

/** A record that existed at the end of `asOf`: created by then and not deleted by then. */
export const liveAt = (scope: Pick<TFigureScope, 'asOf' | 'today'>) => ({
  createdAt: { lte: asOfInstant(scope) },
  ...notDeletedBy(scope),
})

/** The committee condition of a committee-scoped record (none when every committee counts). */
export const committeeFilter = (scope: TFigureScope) =>
  scope.committeeIds ? { committeeId: { in: [...scope.committeeIds] } } : {}

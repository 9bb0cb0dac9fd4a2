import { type TExportFormat } from '@cr/shared/imports/import-job'
import { textWidth } from './text-width.ts'

/**
 * What a list plugs into the export writer: its columns and its rows. A Date is a calendar date
 * as the database gives it (midnight UTC, see lib/dates.ts); a column that wants a time of day
 * gives text.
 */
export type TExportValue = string | number | Date | null

export type TExportColumn<Row> = {
  /** The header as the clerk reads it (Chinese). */
  header: string
  /** xlsx column width in characters; by default wide enough for the header. */
  width?: number
  value: (row: Row) => TExportValue
}

export type TExportOptions<Row> = {
  format: TExportFormat
  columns: readonly TExportColumn<Row>[]
  /** Read one row at a time; a database cursor or a keyset-paged generator. */
  rows: AsyncIterable<Row>
  /** xlsx: the sheet's name. */
  sheetName?: string
}

export const columnWidth = (column: TExportColumn<never>): number =>
  column.width ?? Math.min(40, Math.max(10, textWidth(column.header) + 4))

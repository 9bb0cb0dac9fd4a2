export type TExportResult = {
  /** Data rows read from the iterable. */
  rows: number
  /** The destination went away (client disconnected) before the end; reading stopped. */
  aborted: boolean
}

import { importMessages, type TImportFileErrorCode } from './import-messages.ts'

/**
 * A problem with the file as a whole (not readable, no header row, a required column missing).
 * It stops the import; row problems never do. The API layer turns it into an `AppError`.
 */
export class ImportFileError extends Error {
  readonly code: TImportFileErrorCode
  readonly details: Record<string, unknown>

  constructor(code: TImportFileErrorCode, details: Record<string, unknown> = {}, cause?: unknown) {
    super(importMessages[code].zh, cause === undefined ? undefined : { cause })
    this.name = 'ImportFileError'
    this.code = code
    this.details = details
  }
}

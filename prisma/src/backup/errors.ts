// Errors the backup commands show to a person as they are: what went wrong and what is needed,
// in Chinese first and English, so that an office clerk restoring a machine can act on it.
export type TBackupErrorCode =
  | 'no-key'
  | 'wrong-key'
  | 'damaged'
  | 'not-a-backup'
  | 'unsupported-format'
  | 'newer-schema'
  | 'target-not-empty'
  | 'verify-failed'
  | 'foreign-key-cycle'

export class BackupError extends Error {
  constructor(
    readonly code: TBackupErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`)
    this.name = 'BackupError'
  }
}

export const isBackupError = (error: unknown, code?: TBackupErrorCode): error is BackupError =>
  error instanceof BackupError && (code === undefined || error.code === code)

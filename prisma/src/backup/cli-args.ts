// Shared by `pnpm backup` and `pnpm restore`: arguments, paths relative to where the command
// was typed (pnpm runs the script in prisma/; the root script passes the shell's folder on as
// CR_SHELL_CWD, since the nested pnpm resets INIT_CWD to the root), the backup key
// from the environment or --key-file, and error output with exit codes.
import path from 'node:path'
import { repoRoot } from '../paths.ts'
import { isBackupError } from './errors.ts'
import type { TBackupKeySource } from './key.ts'

export const fromShell = (p: string) =>
  path.resolve(process.env.CR_SHELL_CWD || process.env.INIT_CWD || process.cwd(), p)

/** DATA_DIR as the server reads it (apps/api/src/config.ts): default <repo>/.data. */
export const dataDirFromEnv = () =>
  process.env.DATA_DIR ? fromShell(process.env.DATA_DIR) : path.join(repoRoot, '.data')

export function keyFromEnv(keyFile: string | undefined): TBackupKeySource | undefined {
  const file = keyFile ?? process.env.BACKUP_KEY_FILE
  if (file) return { keyFile: fromShell(file) }
  if (process.env.BACKUP_PASSPHRASE) return { passphrase: process.env.BACKUP_PASSPHRASE }
  return undefined
}

/** Prints a failure for a person and sets the exit code: 2 for a usage error, 1 otherwise. */
export function fail(error: unknown): void {
  if (isBackupError(error)) console.error(`\n  ${error.zh}\n  ${error.en}\n`)
  else console.error(error instanceof Error ? error.message : error)
  const code = (error as { code?: string }).code
  process.exitCode = error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1
}

export class UsageError extends Error {}

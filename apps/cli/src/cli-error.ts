/**
 * Exit codes, the contract with scripts that run the CLI:
 * 0 everything fine, 1 rows were rejected or the job failed, 2 the command could not run as
 * asked (usage, file, server unreachable, authentication).
 */
export const exitCode = { ok: 0, rejected: 1, usage: 2 } as const
export type TExitCode = (typeof exitCode)[keyof typeof exitCode]

/** An error whose message is for the user as is (no stack), with the exit code it means. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: TExitCode = exitCode.usage,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** The command line itself is wrong: the message is followed by a pointer to --help. */
export class UsageError extends CliError {}

/** Where the CLI writes and what it reads from its surroundings; tests pass their own. */
export type TOutput = { write: (text: string) => unknown; isTTY?: boolean }

export type TIo = {
  stdout: TOutput
  /** Progress, problems and errors: stdout stays clean for scripts that read the summary. */
  stderr: TOutput
  /** Relative file names resolve against this (the directory `pnpm cli` was typed in). */
  cwd: string
  env: Record<string, string | undefined>
  /** Time between polls of a running import job. */
  pollMs: number
}

export const defaultIo = (): TIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // pnpm runs root scripts in the repository root and keeps the caller's directory in INIT_CWD.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
  pollMs: 300,
})

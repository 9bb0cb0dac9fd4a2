import { ApiError, formatApiError } from './api-error.ts'
import { parseCliArgs } from './args.ts'
import { CliError, UsageError, exitCode } from './cli-error.ts'
import { runExport } from './export-command.ts'
import { runImport } from './import-command.ts'
import { defaultIo, type TIo } from './io.ts'
import { usage } from './usage.ts'

/**
 * The whole CLI as a function: arguments in, exit code out, output through `io`. Tests call it
 * in-process against a real server; main.ts calls it with the process's streams.
 */
export const run = async (argv: string[], overrides: Partial<TIo> = {}): Promise<number> => {
  const io = { ...defaultIo(), ...overrides }
  try {
    const args = parseCliArgs(argv, io.env)
    if (args.command === 'help') {
      io.stdout.write(usage)
      return exitCode.ok
    }
    return args.command === 'import' ? await runImport(args, io) : await runExport(args, io)
  } catch (error) {
    if (error instanceof ApiError) {
      io.stderr.write(`${formatApiError(error)}\n`)
      return error.exitCode
    }
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`)
      if (error instanceof UsageError) io.stderr.write('运行 pnpm cli --help 查看用法。\n')
      return error.code
    }
    // A bug of ours: say so briefly; the stack helps whoever reports it.
    io.stderr.write(`意外错误：${(error as Error).stack ?? String(error)}\n`)
    return exitCode.rejected
  }
}

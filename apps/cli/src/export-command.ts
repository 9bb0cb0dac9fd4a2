import { resolve } from 'node:path'
import { createApiClient } from './api-client.ts'
import { ApiError } from './api-error.ts'
import type { TExportArgs } from './args.ts'
import { CliError, exitCode, type TExitCode } from './cli-error.ts'
import { resolveCommittee } from './committee.ts'
import { bytes, count } from './format.ts'
import type { TIo } from './io.ts'
import { saveResponse } from './save-response.ts'
import { createStatusLine } from './status-line.ts'

/**
 * `export <type> --out <file>`: the list's export route with the list's own filters, streamed
 * to the file as it arrives.
 */
export const runExport = async (args: TExportArgs, io: TIo): Promise<TExitCode> => {
  const api = createApiClient(args.connection)
  const committeeId = args.committee ? await resolveCommittee(api, args.committee) : undefined
  const path = resolve(io.cwd, args.out)
  const query = { format: args.format, committeeId, ...args.filters }
  const response = await api
    .request(`/${encodeURIComponent(args.type)}/export`, { query })
    .catch((error: unknown) => {
      // No such route: the type has no export (yet), which is worth saying in plain words.
      if (error instanceof ApiError && error.code === 'route_not_found')
        throw new CliError(`服务器没有“${args.type}”的导出接口（GET /api/v1/${args.type}/export）`)
      throw error
    })
  const line = createStatusLine(io.stderr, { everyMs: 10_000 })
  let written: number
  try {
    written = await saveResponse(response, path, (n) => line.show(`已接收 ${bytes(n)}`))
  } finally {
    line.end()
  }
  io.stdout.write(`已导出 ${args.type}：写入 ${count(written)} 字节 → ${path}\n`)
  return exitCode.ok
}

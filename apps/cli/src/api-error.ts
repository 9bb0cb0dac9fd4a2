import type { TProblem } from '@cr/shared/common/problem'
import { exitCode, type TExitCode } from './cli-error.ts'

/** A non-2xx answer from the API, with its problem document (RFC 9457) when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<TProblem>,
  ) {
    super(problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }

  get code(): string | undefined {
    return this.problem.code
  }

  /** Authentication and a request the server cannot take as given are the caller's to fix. */
  get exitCode(): TExitCode {
    return [400, 401, 403, 404, 405, 413, 415, 422].includes(this.status)
      ? exitCode.usage
      : exitCode.rejected
  }
}

/** The server's own words (already in Chinese), then one line per field problem. */
export const formatApiError = (error: ApiError): string => {
  const { title, detail, errors = [] } = error.problem
  const lines = [`错误（HTTP ${error.status}）：${title ?? '服务器拒绝了请求'}`]
  if (detail && detail !== title) lines.push(`  ${detail}`)
  for (const field of errors) lines.push(`  - ${field.path}：${field.message}`)
  if (error.status === 401)
    lines.push('  请检查 API 令牌（CR_TOKEN 或 --token）是否正确、未吊销、未过期。')
  if (error.status === 403) lines.push('  这个令牌的角色没有这项权限。')
  return lines.join('\n')
}

/** Reads a problem document from a failed response; anything else becomes a bare title. */
export const readProblem = async (response: Response): Promise<Partial<TProblem>> => {
  const text = await response.text().catch(() => '')
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object') return parsed as Partial<TProblem>
  } catch {
    // not JSON: a proxy's error page, or not our server at all
  }
  return { title: response.statusText || `HTTP ${response.status}` }
}

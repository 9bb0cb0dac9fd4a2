import { ApiError, readProblem } from './api-error.ts'
import type { TConnection } from './args.ts'
import { CliError } from './cli-error.ts'

type TQuery = Record<string, string | undefined>
type TRequest = { method?: string; query?: TQuery; body?: FormData }

/** The server could not be reached at all (as opposed to answering with an error). */
export class UnreachableError extends CliError {}

/** The error code Node's fetch hides in `cause` (ECONNREFUSED, ENOTFOUND, …). */
const causeOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message
}

/**
 * The REST API over global fetch. The token goes only into the Authorization header: never
 * into a URL, a message or a log line.
 */
export const createApiClient = ({ server, token }: TConnection) => {
  const url = (path: string, query: TQuery = {}) => {
    // Concatenated, not resolved: a server behind a path prefix (https://host/cr) keeps it.
    const target = new URL(`${server}/api/v1${path}`)
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') target.searchParams.set(key, value)
    return target
  }

  /** Any answer, failed or not; only a network failure throws. */
  const send = async (path: string, { method = 'GET', query, body }: TRequest = {}) => {
    try {
      return await fetch(url(path, query), {
        method,
        body,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json, */*' },
      })
    } catch (error) {
      throw new UnreachableError(`无法连接服务器 ${server}（${causeOf(error)}）`)
    }
  }

  /** A 2xx answer, or an ApiError carrying the server's problem document. */
  const request = async (path: string, init: TRequest = {}) => {
    const response = await send(path, init)
    if (!response.ok) throw new ApiError(response.status, await readProblem(response))
    return response
  }

  const json = async <T>(path: string, init: TRequest = {}): Promise<T> =>
    (await request(path, init)).json() as Promise<T>

  return { server, send, request, json }
}

export type TApiClient = ReturnType<typeof createApiClient>

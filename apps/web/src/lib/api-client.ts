import type { z } from 'zod'
import { problemContentType } from '@cr/shared/common/problem'
import { toAcceptLanguage } from './language'
import { ProblemError, networkProblem, parseRetryAfter, problemFromBody } from './problem'
import { toQueryString, type TQuery } from './query-string'
import { i18n } from './i18n'

export const apiBase = '/api/v1'

export type TRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: TQuery
  body?: unknown
  /** The record version the write is based on; sent as `If-Match: "<version>"`. */
  ifMatch?: number
  /** One key per user submission, reused when the same submission is retried. */
  idempotencyKey?: string
  signal?: AbortSignal
}

const readBody = async (response: Response): Promise<unknown> => {
  if (response.status === 204) return null
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('json') || type.includes(problemContentType)) {
    try {
      return await response.json()
    } catch {
      return null
    }
  }
  return null
}

const buildHeaders = (options: TRequestOptions): Headers => {
  const headers = new Headers({ Accept: `application/json, ${problemContentType}` })
  headers.set('Accept-Language', toAcceptLanguage(i18n.language ?? 'zh-CN'))
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.ifMatch !== undefined) headers.set('If-Match', `"${options.ifMatch}"`)
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey)
  return headers
}

/**
 * Calls the API and returns the body parsed with `schema` (the shared contract). Failures throw
 * a ProblemError; nothing here shows messages or navigates (QueryCache/MutationCache do that).
 */
export const apiRequest = async <T = null>(
  path: string,
  options: TRequestOptions = {},
  schema?: z.ZodType<T>,
): Promise<T> => {
  let response: Response
  try {
    response = await fetch(`${apiBase}${path}${toQueryString(options.query)}`, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: buildHeaders(options),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw networkProblem()
  }
  const body = await readBody(response)
  if (!response.ok) {
    throw problemFromBody(
      response.status,
      body,
      parseRetryAfter(response.headers.get('retry-after')),
    )
  }
  if (!schema) return null as T
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    // The server broke the contract; say so instead of rendering half a record.
    console.error('Response does not match the contract', path, parsed.error.issues)
    throw new ProblemError({
      status: response.status,
      code: 'invalid_response',
      title: 'Invalid response',
    })
  }
  return parsed.data
}

/** A fresh Idempotency-Key. */
export const newIdempotencyKey = (): string => crypto.randomUUID()

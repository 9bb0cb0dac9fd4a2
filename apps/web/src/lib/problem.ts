import { ZProblem, type TFieldError, type TProblem } from '@cr/shared/common/problem'

/** Codes the client itself produces when there is no problem document to read. */
export type TClientErrorCode = 'network_error' | 'invalid_response'

/**
 * An API failure as the app handles it: the problem+json document plus what the client knows
 * (Retry-After). Every request error is one of these, so screens branch on `status` and `code`.
 */
export class ProblemError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string | undefined
  readonly errors: TFieldError[]
  readonly requestId: string | undefined
  readonly retryAfterSeconds: number | undefined
  /** For a conflict: the record that already holds the value (e.g. the person with this ID). */
  readonly existing: TProblem['existing']

  constructor(
    problem: Partial<TProblem> & { status: number; code: string; title: string },
    retryAfterSeconds?: number,
  ) {
    super(problem.title)
    this.name = 'ProblemError'
    this.status = problem.status
    this.code = problem.code
    this.title = problem.title
    this.detail = problem.detail
    this.errors = problem.errors ?? []
    this.requestId = problem.requestId
    this.retryAfterSeconds = retryAfterSeconds
    this.existing = problem.existing
  }
}

export const isProblemError = (error: unknown): error is ProblemError =>
  error instanceof ProblemError

/** `Retry-After` in seconds (delta form; an HTTP date is converted from now). */
export const parseRetryAfter = (value: string | null, now = Date.now()): number | undefined => {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000))
}

/**
 * Builds the error from a failed response body. Anything that is not a problem document
 * (a proxy's HTML page, an empty 502) still becomes a ProblemError with a generic code.
 */
export const problemFromBody = (
  status: number,
  body: unknown,
  retryAfter?: number,
): ProblemError => {
  const parsed = ZProblem.safeParse(body)
  if (parsed.success) return new ProblemError(parsed.data, retryAfter)
  const code =
    status === 503 ? 'service_unavailable' : status >= 500 ? 'internal_error' : 'bad_request'
  return new ProblemError({ status, code, title: `HTTP ${status}` }, retryAfter)
}

export const networkProblem = (): ProblemError =>
  new ProblemError({
    status: 0,
    code: 'network_error' satisfies TClientErrorCode,
    title: 'Network error',
  })

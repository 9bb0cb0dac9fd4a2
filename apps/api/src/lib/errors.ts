import type { TErrorCode } from '@cr/shared/common/error-messages'
import type { TFieldError } from '@cr/shared/common/problem'

/**
 * `subject`: whom the problem is about where the path cannot say it (`memberIds.3` of a batch):
 * the message reads `张三：…` in the request's language. `detail`: what follows the message
 * (`…：上限为 3,600.00 元`).
 */
export type TFieldProblem = {
  path: string
  code: string
  message?: string
  subject?: string
  /** A figure the message needs (a limit), appended after it in the request's language. */
  detail?: { zh: string; en: string }
}

/**
 * The one error type services throw. The error handler turns it into problem+json with the
 * message in the request's language; `code` is stable and part of the API contract.
 */
export class AppError extends Error {
  readonly code: TErrorCode
  readonly status: number
  readonly fieldErrors: TFieldProblem[] | undefined
  readonly headers: Record<string, string> | undefined
  /** For conflicts: the record that already holds the value. */
  readonly existing: { type: string; id: string; label: string } | undefined

  constructor(
    code: TErrorCode,
    status: number,
    options: {
      fields?: TFieldProblem[]
      headers?: Record<string, string>
      existing?: { type: string; id: string; label: string }
      cause?: unknown
    } = {},
  ) {
    super(code, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.status = status
    this.fieldErrors = options.fields
    this.headers = options.headers
    this.existing = options.existing
  }
}

export const notFound = () => new AppError('not_found', 404)
export const forbidden = () => new AppError('forbidden', 403)
export const unauthenticated = (code: 'unauthenticated' | 'session_expired' = 'unauthenticated') =>
  new AppError(code, 401)
export const preconditionFailed = () => new AppError('precondition_failed', 412)

/** A 400 (or 409 for uniqueness) pointing at one field, with a stable field code. */
export const fieldError = (path: string, code: TErrorCode, status = 400) =>
  new AppError(status === 409 ? 'conflict' : 'validation_failed', status, {
    fields: [{ path, code }],
  })

export type { TFieldError }

import type { FastifySchemaCompiler } from 'fastify'
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core'

/** A request that failed its zod schema; the error handler localises the issues. */
export class RequestValidationError extends Error {
  readonly statusCode = 400
  readonly code = 'FST_ERR_VALIDATION'
  validationContext?: string
  constructor(readonly issues: $ZodIssue[]) {
    super('validation_failed')
  }
}

/**
 * Like fastify-type-provider-zod's compiler, but keeps the raw zod issues (with `reportInput`,
 * so the handler can re-render them in the request's language) instead of pre-rendered text.
 * The input values are never sent back to the client.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    const result = safeParse(schema, data, { reportInput: true })
    if (result.success) return { value: result.data }
    return { error: new RequestValidationError(result.error.issues) }
  }

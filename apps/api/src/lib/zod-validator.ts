import type { FastifySchemaCompiler } from 'fastify'
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core'
import { messageFor } from '@cr/shared/common/issue'
import { unstorableTextPaths } from '@cr/shared/common/text'

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
 * Issues for the strings of a request part that cannot be stored (NUL, lone surrogates; see
 * `@cr/shared/common/text`). Checked here, once for every route and every part, rather than in
 * each schema: PostgreSQL refuses such text mid-query, which would otherwise be a 500.
 */
export const unstorableTextIssues = (data: unknown): $ZodIssue[] =>
  unstorableTextPaths(data).map((path) => ({
    code: 'custom',
    path,
    message: messageFor('text_invalid_characters'),
    params: { code: 'text_invalid_characters' },
    input: undefined,
  }))

/**
 * Like fastify-type-provider-zod's compiler, but keeps the raw zod issues (with `reportInput`,
 * so the handler can re-render them in the request's language) instead of pre-rendered text.
 * The input values are never sent back to the client.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    const textIssues = unstorableTextIssues(data)
    const result = safeParse(schema, data, { reportInput: true })
    if (result.success && textIssues.length === 0) return { value: result.data }
    // One error per field: the text problem says more than, say, the regex it also fails.
    const flagged = new Set(textIssues.map((i) => i.path.join('\u0000')))
    const schemaIssues = result.success
      ? []
      : result.error.issues.filter((i) => !flagged.has(i.path.join('\u0000')))
    return { error: new RequestValidationError([...textIssues, ...schemaIssues]) }
  }

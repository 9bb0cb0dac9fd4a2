import { z } from 'zod'

/** One field problem inside a problem document: where, which rule, and a message for people. */
export const ZFieldError = z
  .object({
    path: z
      .string()
      .describe('Field path, e.g. `name` or `committeeIds.0`; query fields start with `query.`'),
    code: z.string().describe('Stable machine-readable code, e.g. `too_small`, `phone_invalid`'),
    message: z.string(),
  })
  .meta({ id: 'FieldError' })

/**
 * RFC 9457 problem details. Every error the API returns has this shape.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
export const ZProblem = z
  .object({
    type: z.string().describe('URI reference identifying the problem type'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().describe('Stable code, same as the last segment of `type`'),
    requestId: z.string(),
    errors: z.array(ZFieldError).optional(),
    existing: z
      .object({ type: z.string(), id: z.string(), label: z.string() })
      .optional()
      .describe(
        'For a conflict: the record that already holds the value (e.g. the person with this ID number)',
      ),
  })
  .meta({ id: 'Problem' })

export type TProblem = z.infer<typeof ZProblem>
export type TFieldError = z.infer<typeof ZFieldError>

export const problemContentType = 'application/problem+json'

import { z } from 'zod'

export const maxPageSize = 100

/**
 * Query parameters every list endpoint takes. Keyset pagination: `cursor` is opaque and comes
 * from the previous page's `nextCursor`; OFFSET is never used (it costs O(offset)).
 */
export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(20),
  cursor: z.string().max(500).optional(),
})

/** `sort=name` or `sort=-createdAt`: one field of a whitelist, `-` for descending. */
export const sortParam = <const T extends readonly [string, ...string[]]>(
  fields: T,
  fallback: string,
) => {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]]
  return z
    .enum(values)
    .default(fallback)
    .describe(`One of: ${values.join(', ')}`)
}

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the next page; null on the last page'),
    total: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Total matching rows, where cheap to count'),
  })

export type TPage<T> = { items: T[]; nextCursor: string | null; total?: number }

/** Boolean query parameters arrive as strings. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true')

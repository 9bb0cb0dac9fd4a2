import { z } from 'zod'

export const maxPageSize = 100

/** The highest page number a numbered list accepts (100 rows a page: a million rows deep). */
export const maxPageNumber = 10_000

/**
 * Query parameters every list endpoint takes. Keyset pagination: `cursor` is opaque and comes
 * from the previous page's `nextCursor`; each page costs the same however deep it is.
 */
export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(20),
  cursor: z.string().max(500).optional(),
})

/**
 * A list small enough to count (the places, households, party members, users of a community):
 * besides the cursor, a page by its number, as clerks page through a ledger — with `page` the
 * response carries `total` and `page`. OFFSET costs O(offset), which is nothing at these sizes;
 * the lists that grow without bound (residents of a whole district, the audit log) stay keyset
 * only and take `ZListQuery`.
 */
export const ZNumberedListQuery = ZListQuery.extend({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageNumber)
    .optional()
    .describe('Page number from 1 (instead of `cursor`): the response then has `total`'),
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
    page: z.number().int().min(1).optional().describe('The page number, when asked by `page`'),
  })

export type TPage<T> = { items: T[]; nextCursor: string | null; total?: number; page?: number }

/** Boolean query parameters arrive as strings. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true')

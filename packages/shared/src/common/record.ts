import { z } from 'zod'
import { issue } from './issue.ts'

export const ZId = z.uuid().describe('Record id (UUID v7, time ordered)')
export const ZIdParams = z.object({ id: ZId })

/** ISO 8601 timestamps on the wire; never `z.date()` (it loses its type in OpenAPI). */
export const ZTimestamp = z.iso.datetime({ offset: true })
/** A calendar date (China Standard Time), `YYYY-MM-DD`, as the API answers it. */
export const ZDate = z.iso.date()

/**
 * The days a client may send. Community records hold nothing before 1800 (the earliest birth year
 * an ID number can carry is 1890) and plan nothing past 2199. Outside four-digit years PostgreSQL
 * and JS disagree (there is no year 0 in PostgreSQL; `0000-01-01` in China Standard Time is a
 * day of year -1 in UTC), which turned such a date into a 500. Answers are not bounded: dates
 * computed from these (a probation's end) may run past 2199, and rows stored before stay readable.
 */
export const minDate = '1800-01-01'
export const maxDate = '2199-12-31'
export const ZDateInput = ZDate.refine(
  // Only for a value shaped like a date: anything else already fails the format.
  (v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || (v >= minDate && v <= maxDate),
  issue('date_out_of_range'),
)

/** Fields every stored record has. `version` is the optimistic-concurrency token (ETag). */
export const ZRecordMeta = z.object({
  id: ZId,
  version: z.number().int().positive(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
})

/** A short reference to a related record, enough to render a link. */
export const ZRef = z.object({ id: ZId, name: z.string() })
export type TRef = z.infer<typeof ZRef>

export const ZEmpty = z.object({}).strict()

/** Trimmed text; empty strings become a missing value (forms send '' for blank inputs). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null))

type TUpdateShape<T extends z.ZodRawShape> = {
  [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer I> ? I : T[K]>
}

/**
 * The change (PATCH) schema of a record from its create schema: every field optional and
 * without its default, so a field left out is left unchanged. Not `.partial()`: zod 4 applies
 * a default inside `.optional()`, so a PATCH of one field overwrote every defaulted one — a
 * deactivated committee came back active, a resident lost their tags, a party member's dues
 * standard fell back to 0.2 元, a branch lost the committees it covers.
 */
export const updateOf = <T extends z.ZodRawShape>(create: z.ZodObject<T>) =>
  z.object(
    Object.fromEntries(
      Object.entries(create.shape as unknown as Record<string, z.ZodType>).map(([key, field]) => [
        key,
        withoutDefault(field).optional(),
      ]),
    ),
  ) as unknown as z.ZodObject<TUpdateShape<T>>

/**
 * A field without its default, also under a transform (`.default([]).transform(dedupe)` is a
 * pipe whose input carries the default: an inspection's PATCH without `items` emptied them).
 */
const withoutDefault = (field: z.ZodType): z.ZodType => {
  if (field instanceof z.ZodDefault) return field.unwrap() as z.ZodType
  if (field instanceof z.ZodPipe && field.in instanceof z.ZodDefault)
    return z.pipe(field.in.unwrap() as z.ZodType, field.out as z.ZodType)
  return field
}

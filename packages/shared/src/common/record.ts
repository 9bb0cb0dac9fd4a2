import { z } from 'zod'

export const ZId = z.uuid().describe('Record id (UUID v7, time ordered)')
export const ZIdParams = z.object({ id: ZId })

/** ISO 8601 timestamps on the wire; never `z.date()` (it loses its type in OpenAPI). */
export const ZTimestamp = z.iso.datetime({ offset: true })
/** A calendar date (China Standard Time), `YYYY-MM-DD`. */
export const ZDate = z.iso.date()

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

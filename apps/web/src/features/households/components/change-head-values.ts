import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { messageFor } from '@cr/shared/common/issue'
import { ZId } from '@cr/shared/common/record'
import type { THousehold } from '@cr/shared/households/household'
import { z } from 'zod'
import { ZOptionalFormDate } from '@/lib/form-date'

/** One row per current member (the old head included); the new head's row is not shown. */
export type TChangeHeadValues = {
  newHeadResidentId: string | undefined
  relationships: { residentId: string; relationship: string | null }[]
  date: string | null
}

export const toChangeHeadValues = (h: THousehold): TChangeHeadValues => ({
  newHeadResidentId: undefined,
  relationships: h.members.map((m) => ({ residentId: m.resident.id, relationship: null })),
  date: null,
})

/**
 * Every member but the new head needs a relationship to the new head; the contract's shape
 * (`relationships` without the new head) is what is sent.
 */
export const ZChangeHeadForm = z
  .object({
    newHeadResidentId: ZId,
    relationships: z.array(
      z.object({ residentId: ZId, relationship: relationshipTable.schema.nullable() }),
    ),
    date: ZOptionalFormDate,
  })
  .superRefine((v, ctx) =>
    v.relationships.forEach((r, i) => {
      if (r.residentId !== v.newHeadResidentId && !r.relationship)
        ctx.addIssue({
          code: 'custom',
          path: ['relationships', i, 'relationship'],
          message: messageFor('required'),
          params: { code: 'required' },
        })
    }),
  )
  .transform((v) => ({
    newHeadResidentId: v.newHeadResidentId,
    date: v.date,
    relationships: v.relationships.flatMap((r) =>
      r.residentId !== v.newHeadResidentId && r.relationship
        ? [{ residentId: r.residentId, relationship: r.relationship }]
        : [],
    ),
  }))

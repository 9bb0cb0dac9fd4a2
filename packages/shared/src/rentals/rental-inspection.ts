import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, queryBoolean, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  optionalText,
  updateOf,
} from '../common/record.ts'
import { ZInspectionItem } from './rental-codes.ts'

/** 检查: a visit to a rented dwelling by two or more inspectors. */
export const ZRentalInspection = ZRecordMeta.extend({
  committee: ZRef,
  property: ZRef,
  inspectedOn: ZDate,
  inspectors: z.array(z.string()).describe('检查人员 (two or more)'),
  items: z.array(ZInspectionItem).describe('检查项目'),
  findings: z.string().nullable().describe('发现问题'),
  occupantCount: z.number().int().nullable().describe('实际居住人数 counted on the visit'),
  allowedOccupants: z.number().int().nullable().describe('核定居住人数 on the day'),
  occupantsOverAllowed: z.number().int().nonnegative().describe('A finding when above 0'),
  rectificationDueOn: ZDate.nullable().describe('整改期限'),
  rectifiedOn: ZDate.nullable().describe('整改复查: the day the rectification was confirmed'),
  rectificationNote: z.string().nullable(),
  rectificationOverdue: z.boolean().describe('Due date passed, not rectified (today)'),
  pendingRegistrations: z.array(ZRef).describe('People it found unregistered'),
}).meta({ id: 'RentalInspection' })
export type TRentalInspection = z.infer<typeof ZRentalInspection>

const inspectionFields = {
  inspectedOn: ZDateInput,
  inspectors: z
    .array(z.string().trim().min(1).max(20))
    .max(10)
    .refine((a) => new Set(a).size >= 2, issue('rental_inspectors_required')),
  items: z
    .array(ZInspectionItem)
    .max(10)
    .default([])
    .transform((items) => [...new Set(items)]),
  findings: optionalText(1000),
  occupantCount: z
    .number()
    .int()
    .min(0)
    .max(9999)
    .nullish()
    .transform((v) => v ?? null),
  rectificationDueOn: ZDateInput.nullish().transform((v) => v ?? null),
}

const rectificationAfter = (v: { inspectedOn?: string; rectificationDueOn?: string | null }) =>
  !v.inspectedOn || !v.rectificationDueOn || v.rectificationDueOn >= v.inspectedOn
const rectificationOrder = {
  ...issue('rental_rectification_deadline'),
  path: ['rectificationDueOn'],
}

/** People the inspectors found living there without a registration (待登记). */
export const ZFoundPerson = z
  .object({
    name: z.string().trim().min(1).max(50),
    description: optionalText(200),
  })
  .meta({ id: 'FoundPerson' })

export const ZRentalInspectionCreate = z
  .object({
    propertyId: ZId,
    ...inspectionFields,
    unregistered: z
      .array(ZFoundPerson)
      .max(50)
      .default([])
      .describe('Recorded as pending registration, reported by the inspectors on the day'),
  })
  .refine(rectificationAfter, rectificationOrder)
  .meta({ id: 'RentalInspectionCreate' })
export type TRentalInspectionCreate = z.input<typeof ZRentalInspectionCreate>

export const ZRentalInspectionUpdate = updateOf(z.object(inspectionFields))
  .refine(rectificationAfter, rectificationOrder)
  .meta({ id: 'RentalInspectionUpdate' })

/** 整改复查: the rectification confirmed on a day. */
export const ZRentalInspectionRectify = z
  .object({ rectifiedOn: ZDateInput, note: optionalText(500) })
  .meta({ id: 'RentalInspectionRectify' })

export const ZRentalInspectionListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  propertyId: ZId.optional(),
  rectificationOverdue: queryBoolean.optional(),
  sort: sortParam(['inspectedOn', 'createdAt'] as const, '-inspectedOn'),
})
export const ZRentalInspectionPage = pageOf(ZRentalInspection).meta({ id: 'RentalInspectionPage' })

import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import { ZDate, ZDateInput, ZId, ZRecordMeta, optionalText, updateOf } from '../common/record.ts'
import { ZOptionalPhone } from '../validators/phone.ts'

/**
 * 共建: resident units (驻区单位) and their party branches, the agreements signed with them and
 * the joint activities held under those agreements. DOMAIN.md §1 found no public specification
 * [U]; modelled as it describes.
 */
const ZActivity = z.object({
  id: ZId,
  heldOn: ZDate,
  title: z.string(),
  description: z.string().nullable(),
})

const ZAgreement = z.object({
  id: ZId,
  signedOn: ZDate,
  termEnd: ZDate.nullable(),
  commitments: z.string(),
  /** In force on the day asked: signed and not past its term. */
  inForce: z.boolean(),
  activities: z.array(ZActivity),
})

export const ZCoBuildingUnit = ZRecordMeta.extend({
  name: z.string(),
  partyBranchName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  agreements: z.array(ZAgreement),
}).meta({ id: 'CoBuildingUnit' })
export type TCoBuildingUnit = z.infer<typeof ZCoBuildingUnit>

export const ZCoBuildingUnitCreate = z
  .object({
    name: z.string().trim().min(1).max(100),
    partyBranchName: optionalText(100),
    contactName: optionalText(50),
    contactPhone: ZOptionalPhone,
    address: optionalText(200),
    notes: optionalText(500),
  })
  .meta({ id: 'CoBuildingUnitCreate' })
export const ZCoBuildingUnitUpdate = updateOf(ZCoBuildingUnitCreate).meta({
  id: 'CoBuildingUnitUpdate',
})
export const ZCoBuildingUnitListQuery = ZNumberedListQuery.extend({
  q: z.string().trim().max(30).optional(),
  sort: sortParam(['name', 'createdAt'] as const, 'name'),
})
export const ZCoBuildingUnitPage = pageOf(ZCoBuildingUnit).meta({ id: 'CoBuildingUnitPage' })

export const ZCoBuildingAgreementCreate = z
  .object({
    signedOn: ZDateInput,
    termEnd: ZDateInput.nullish().transform((v) => v ?? null),
    commitments: z.string().trim().min(1).max(5000),
  })
  .refine((a) => !a.termEnd || a.termEnd >= a.signedOn, {
    path: ['termEnd'],
    ...issue('date_range_invalid'),
  })
  .meta({ id: 'CoBuildingAgreementCreate' })

export const ZCoBuildingActivityCreate = z
  .object({
    heldOn: ZDateInput,
    title: z.string().trim().min(1).max(100),
    description: optionalText(5000),
  })
  .meta({ id: 'CoBuildingActivityCreate' })

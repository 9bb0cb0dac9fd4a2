import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  optionalText,
  updateOf,
} from '../common/record.ts'
import { ZRentalUse } from './rental-codes.ts'
import { ZPersonRef } from './rental-person.ts'
import { ZRentalContractStatus } from './rental-property.ts'
import { contractNumberPatternValid } from './rental-rules.ts'

/** 治安责任书 (治安责任保证书): the landlord's security-responsibility contract for a dwelling. */
export const ZRentalContract = ZRecordMeta.extend({
  committee: ZRef,
  property: ZRef.describe('The rental property, named by its dwelling’s address'),
  landlord: ZPersonRef.describe('The rental property’s landlord, masked'),
  use: ZRentalUse.describe('The rental property’s use'),
  number: z.string().describe('责任书编号, unique'),
  signedOn: ZDate,
  leaseStartsOn: ZDate,
  leaseEndsOn: ZDate,
  monthlyRent: z.string().nullable().describe('月租金 in 元, exact decimal as a string'),
  status: ZRentalContractStatus.describe('Derived from the dates and actions, as of today'),
  cancelledOn: ZDate.nullable(),
  cancelReason: z.string().nullable(),
  renews: ZRef.nullable().describe('The contract this one renewed'),
  renewedBy: ZRef.nullable().describe('The contract that renewed this one'),
  notes: z.string().nullable(),
}).meta({ id: 'RentalContract' })
export type TRentalContract = z.infer<typeof ZRentalContract>

const money = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : String(v)))
  .pipe(
    z
      .string()
      .regex(/^\d{1,8}(\.\d{1,2})?$/)
      .nullable(),
  )

export const ZContractNumber = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}\-_/()（）〔〕[\]#]+$/u)
  .describe('责任书编号; left out: the next number of the office’s scheme (settings)')

const leaseFields = {
  signedOn: ZDateInput,
  leaseStartsOn: ZDateInput,
  leaseEndsOn: ZDateInput,
  monthlyRent: money,
  notes: optionalText(500),
}

const leaseInOrder = (v: { leaseStartsOn?: string; leaseEndsOn?: string }) =>
  !v.leaseStartsOn || !v.leaseEndsOn || v.leaseEndsOn >= v.leaseStartsOn
const leaseOrder = { ...issue('rental_lease_end_before_start'), path: ['leaseEndsOn'] }

export const ZRentalContractCreate = z
  .object({
    propertyId: ZId,
    number: ZContractNumber.nullish().transform((v) => v ?? null),
    ...leaseFields,
  })
  .refine(leaseInOrder, leaseOrder)
  .meta({ id: 'RentalContractCreate' })
export type TRentalContractCreate = z.input<typeof ZRentalContractCreate>

export const ZRentalContractUpdate = updateOf(z.object({ number: ZContractNumber, ...leaseFields }))
  .refine(leaseInOrder, leaseOrder)
  .meta({ id: 'RentalContractUpdate' })

/** 续签: a new contract for the same dwelling, linked to this one. */
export const ZRentalContractRenew = z
  .object({
    number: ZContractNumber.nullish().transform((v) => v ?? null),
    signedOn: ZDateInput,
    leaseStartsOn: ZDateInput.optional().describe('Default: the day after the old lease ends'),
    leaseEndsOn: ZDateInput,
    monthlyRent: money.optional().describe('Default: the old contract’s rent'),
    notes: optionalText(500),
  })
  .refine(leaseInOrder, leaseOrder)
  .meta({ id: 'RentalContractRenew' })

/** 注销: the contract ends before its term (the tenancy ended, the dwelling no longer let). */
export const ZRentalContractCancel = z
  .object({
    cancelledOn: ZDateInput,
    reason: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'RentalContractCancel' })

export const ZRentalContractListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  propertyId: ZId.optional(),
  status: ZRentalContractStatus.optional(),
  endingWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3660)
    .optional()
    .describe('Not cancelled, lease ending from today through today + N days'),
  q: z.string().trim().max(50).optional().describe('Matches the number or the dwelling’s address'),
  sort: sortParam(['leaseEndsOn', 'number', 'signedOn', 'createdAt'] as const, 'leaseEndsOn'),
})
export type TRentalContractListQuery = z.input<typeof ZRentalContractListQuery>
export const ZRentalContractPage = pageOf(ZRentalContract).meta({ id: 'RentalContractPage' })

/** The office's numbering scheme (系统设置), e.g. `XXSQ-{YYYY}-{NNNN}`. */
export const ZContractNumberPattern = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine(contractNumberPatternValid, issue('rental_contract_number_pattern'))

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
import { ZLessorDuty, ZRentalUse } from './rental-codes.ts'
import { ZPersonInput, ZPersonRef } from './rental-person.ts'
import { rentalContractStatuses } from './rental-rules.ts'

export const ZRentalContractStatus = z.enum(rentalContractStatuses).meta({
  id: 'RentalContractStatus',
})

/** 出租房屋: a registry dwelling let by its landlord (公安部令第24号). */
export const ZRentalProperty = ZRecordMeta.extend({
  committee: ZRef,
  building: ZRef.describe('The building, named by its standard address'),
  dwelling: ZRef.describe('The dwelling, named by its standard address'),
  landlord: ZPersonRef.describe('出租人 (房主): a person of the registry, masked'),
  agent: ZPersonRef.nullable().describe('代理人, if any'),
  use: ZRentalUse,
  rooms: z.number().int().nullable().describe('出租间数'),
  area: z.string().nullable().describe('出租面积 in m², exact decimal as a string'),
  allowedOccupants: z.number().int().nullable().describe('核定居住人数'),
  duties: z.array(ZLessorDuty).describe('The lessor’s duties the landlord confirmed'),
  dutiesConfirmedOn: ZDate.nullable(),
  occupantCount: z.number().int().nonnegative().describe('Temporary residents living here now'),
  occupantsOverAllowed: z.number().int().nonnegative(),
  contract: z
    .object({
      id: ZId,
      number: z.string(),
      leaseEndsOn: ZDate,
      status: ZRentalContractStatus,
    })
    .nullable()
    .describe('The latest contract (治安责任书), its status today'),
  notes: z.string().nullable(),
}).meta({ id: 'RentalProperty' })
export type TRentalProperty = z.infer<typeof ZRentalProperty>

const area = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : String(v)))
  .pipe(
    z
      .string()
      .regex(/^\d{1,5}(\.\d{1,2})?$/)
      .nullable(),
  )

const count = (max: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(max)
    .nullish()
    .transform((v) => v ?? null)

export const ZRentalPropertyCreate = z
  .object({
    dwellingId: ZId,
    landlord: ZPersonInput,
    agent: ZPersonInput.nullish().transform((v) => v ?? null),
    use: ZRentalUse.default('residential'),
    rooms: count(999),
    area,
    allowedOccupants: count(9999),
    duties: z
      .array(ZLessorDuty)
      .max(20)
      .default([])
      .refine((d) => new Set(d).size === d.length, issue('rental_duties_duplicate')),
    dutiesConfirmedOn: ZDateInput.nullish().transform((v) => v ?? null),
    notes: optionalText(500),
  })
  .meta({ id: 'RentalPropertyCreate' })
export type TRentalPropertyCreate = z.input<typeof ZRentalPropertyCreate>

export const ZRentalPropertyUpdate = updateOf(
  ZRentalPropertyCreate.omit({ dwellingId: true }),
).meta({ id: 'RentalPropertyUpdate' })

export const ZRentalPropertyListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  buildingId: ZId.optional(),
  dwellingId: ZId.optional().describe('The rental registration of this dwelling'),
  landlordId: ZId.optional().describe('Properties this person lets (the landlord’s resident id)'),
  use: ZRentalUse.optional(),
  contractStatus: z
    .enum([...rentalContractStatuses, 'none'])
    .optional()
    .describe('The latest contract’s status today; none: no contract'),
  expiringWithin: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .describe(
      'The current contract, not cancelled, ends within this many days from today (today included)',
    ),
  overOccupied: queryBoolean.optional().describe('More temporary residents than allowed'),
  q: z.string().trim().max(50).optional().describe('Matches the dwelling’s address'),
  sort: sortParam(['createdAt'] as const, '-createdAt'),
})
export type TRentalPropertyListQuery = z.input<typeof ZRentalPropertyListQuery>
export const ZRentalPropertyPage = pageOf(ZRentalProperty).meta({ id: 'RentalPropertyPage' })

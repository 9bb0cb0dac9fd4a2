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
import { ZPendingSource, ZPendingState } from './rental-codes.ts'

/**
 * 待登记: a person known to live in a rented dwelling without a registration — found by an
 * inspection, reported by a 楼长 or the landlord — until registered or cleared. The registration
 * rate counts them in its denominator.
 */
export const ZPendingRegistration = ZRecordMeta.extend({
  committee: ZRef,
  property: ZRef,
  name: z.string().describe('As reported; the ID number comes with the registration'),
  description: z.string().nullable(),
  source: ZPendingSource,
  reportedBy: z.string().nullable().describe('Who reported (a name, as told)'),
  reportedOn: ZDate,
  inspection: ZRef.nullable(),
  state: ZPendingState,
  resolvedOn: ZDate.nullable(),
  temporaryResident: ZRef.nullable().describe('The registration that resolved it'),
  clearReason: z.string().nullable(),
}).meta({ id: 'PendingRegistration' })
export type TPendingRegistration = z.infer<typeof ZPendingRegistration>

const pendingFields = {
  name: z.string().trim().min(1).max(50),
  description: optionalText(200),
  source: ZPendingSource,
  reportedBy: optionalText(50),
  reportedOn: ZDateInput,
  inspectionId: ZId.nullish().transform((v) => v ?? null),
}

export const ZPendingRegistrationCreate = z
  .object({ propertyId: ZId, ...pendingFields })
  .meta({ id: 'PendingRegistrationCreate' })

export const ZPendingRegistrationUpdate = updateOf(z.object(pendingFields)).meta({
  id: 'PendingRegistrationUpdate',
})

/**
 * Registered (linked to the 暂住登记 that registered them) or cleared (not living there after all,
 * with why): exactly one of the two.
 */
export const ZPendingRegistrationResolve = z
  .object({
    resolvedOn: ZDateInput,
    temporaryResidentId: ZId.nullish().transform((v) => v ?? null),
    clearReason: optionalText(200),
  })
  .refine((v) => !!v.temporaryResidentId !== !!v.clearReason, {
    ...issue('pending_registration_resolution'),
    path: ['temporaryResidentId'],
  })
  .meta({ id: 'PendingRegistrationResolve' })

export const ZPendingRegistrationListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  propertyId: ZId.optional(),
  state: ZPendingState.optional(),
  sort: sortParam(['reportedOn', 'createdAt'] as const, '-reportedOn'),
})
export const ZPendingRegistrationPage = pageOf(ZPendingRegistration).meta({
  id: 'PendingRegistrationPage',
})

/** 登记率 as of a day (GET /rental-registration-rate). */
export const ZRegistrationRateQuery = z.object({
  asOf: ZDateInput.optional().describe('Default: today'),
  committeeId: ZId.optional(),
})
const ZRate = z.object({
  registered: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  rate: z.number().nullable(),
  percent: z.number().nullable(),
})
export const ZRegistrationRate = z
  .object({
    asOf: ZDate,
    overall: ZRate,
    committees: z.array(ZRate.extend({ committee: ZRef })),
  })
  .meta({ id: 'RegistrationRate' })

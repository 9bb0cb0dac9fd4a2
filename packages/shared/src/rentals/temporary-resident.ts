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
import { ZLodgingKind, ZResidenceReason } from './rental-codes.ts'
import { ZPersonInput, ZPersonRef } from './rental-person.ts'
import { registrationTimelinessValues } from './registration.ts'
import { endorsementStates } from './rental-rules.ts'

export const ZRegistrationTimeliness = z
  .enum(registrationTimelinessValues)
  .meta({ id: 'RegistrationTimeliness' })

/** 暂住人口: a person living here without household registration here, and their registration. */
export const ZTemporaryResident = ZRecordMeta.extend({
  committee: ZRef,
  person: ZPersonRef,
  householdRegionCode: z.string().nullable().describe('户籍地 行政区划代码 (GB/T 2260)'),
  householdRegion: z.string().nullable().describe('户籍地, from the ID number, editable'),
  householdProvince: z.string().nullable(),
  lodging: ZLodgingKind,
  property: ZRef.nullable().describe('The rental property, when rented'),
  dwelling: ZRef.describe('Where they live'),
  contract: ZRef.nullable().describe('The 治安责任书 they live under'),
  movedInOn: ZDate,
  reason: ZResidenceReason,
  employer: z.string().nullable().describe('服务处所 / 就读学校'),
  declaredOn: ZDate.nullable().describe('申报日期; null: not declared yet'),
  deadline: ZDate.describe('The 3rd working day after moving in'),
  deadlineProvisional: z.boolean().describe('The holiday schedule of a year it spans is unknown'),
  timeliness: ZRegistrationTimeliness,
  leftOn: ZDate.nullable().describe('注销: the day they left'),
  leaveReason: z.string().nullable().describe('注销 的原因'),
  permit: z
    .object({
      number: z.string(),
      issuedOn: ZDate,
      lastEndorsedOn: ZDate.nullable(),
      endorsementDueOn: ZDate,
      endorsementState: z.enum(endorsementStates),
    })
    .nullable()
    .describe('居住证'),
  notes: z.string().nullable(),
}).meta({ id: 'TemporaryResident' })
export type TTemporaryResident = z.infer<typeof ZTemporaryResident>

const lodgingFields = {
  lodging: ZLodgingKind.default('rented'),
  propertyId: ZId.nullish().transform((v) => v ?? null),
  dwellingId: ZId.nullish()
    .transform((v) => v ?? null)
    .describe('Where they live when not in a rental property (with a household, a dormitory)'),
  contractId: ZId.nullish().transform((v) => v ?? null),
}

const registrationFields = {
  householdRegion: optionalText(100).describe('Left out: derived from the ID number'),
  reason: ZResidenceReason,
  employer: optionalText(100),
  movedInOn: ZDateInput,
  declaredOn: ZDateInput.nullish().transform((v) => v ?? null),
  permitNumber: optionalText(40),
  permitIssuedOn: ZDateInput.nullish().transform((v) => v ?? null),
  permitLastEndorsedOn: ZDateInput.nullish().transform((v) => v ?? null),
  notes: optionalText(500),
}

const declaredAfterMoveIn = (v: { movedInOn?: string; declaredOn?: string | null }) =>
  !v.movedInOn || !v.declaredOn || v.declaredOn >= v.movedInOn
const declaredOrder = {
  ...issue('temporary_resident_declared_before_move_in'),
  path: ['declaredOn'],
}
const placed = (v: { propertyId?: string | null; dwellingId?: string | null }) =>
  !!v.propertyId || !!v.dwellingId
const placeRequired = { ...issue('temporary_resident_place_required'), path: ['propertyId'] }

export const ZTemporaryResidentCreate = z
  .object({
    person: ZPersonInput,
    ...lodgingFields,
    ...registrationFields,
    pendingRegistrationId: ZId.nullish()
      .transform((v) => v ?? null)
      .describe('The person pending registration (待登记) this registers, resolved with it'),
  })
  .refine(declaredAfterMoveIn, declaredOrder)
  .refine(placed, placeRequired)
  .meta({ id: 'TemporaryResidentCreate' })
export type TTemporaryResidentCreate = z.input<typeof ZTemporaryResidentCreate>

/** Where they live changes only by `/move`; the person by the registry. */
export const ZTemporaryResidentUpdate = updateOf(z.object(registrationFields))
  .refine(declaredAfterMoveIn, declaredOrder)
  .meta({ id: 'TemporaryResidentUpdate' })

/** 申报: the registration declared on a day (late is recorded as late, not refused). */
export const ZTemporaryResidentRegister = z
  .object({ declaredOn: ZDateInput })
  .meta({ id: 'TemporaryResidentRegister' })

/** 变更居住地: moving to another dwelling, dated, with history. */
export const ZTemporaryResidentMove = z
  .object({ movedOn: ZDateInput, ...lodgingFields })
  .refine(placed, placeRequired)
  .meta({ id: 'TemporaryResidentMove' })

/** 注销: leaving. */
export const ZTemporaryResidentLeave = z
  .object({ leftOn: ZDateInput, reason: optionalText(200) })
  .meta({ id: 'TemporaryResidentLeave' })

export const ZTemporaryResidentListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  propertyId: ZId.optional(),
  dwellingId: ZId.optional().describe('Living in this dwelling (rented or not)'),
  residentId: ZId.optional().describe('This person’s registrations'),
  reason: ZResidenceReason.optional(),
  householdProvince: z.string().trim().max(20).optional(),
  timeliness: ZRegistrationTimeliness.optional(),
  permitDue: queryBoolean.optional().describe('居住证 签注 due within 30 days or overdue'),
  q: z
    .string()
    .trim()
    .max(30)
    .optional()
    .describe(
      'Name (any part), last four of the ID number or phone, or a whole phone, as the residents list reads it',
    ),
  current: queryBoolean.default(true).describe('Only those living here (not left)'),
  sort: sortParam(['movedInOn', 'createdAt'] as const, '-movedInOn'),
})
export const ZTemporaryResidentPage = pageOf(ZTemporaryResident).meta({
  id: 'TemporaryResidentPage',
})

export const temporaryResidentEventTypes = ['moved_in', 'registered', 'moved', 'left'] as const

/** One dated step of a registration's history (入住, 申报, 变更居住地, 注销). */
export const ZTemporaryResidentEvent = z
  .object({
    id: ZId,
    type: z.enum(temporaryResidentEventTypes),
    on: ZDate,
    from: ZRef.nullable().describe('The dwelling left (a move)'),
    to: ZRef.nullable().describe('The dwelling moved into'),
    note: z.string().nullable(),
    recordedBy: z.string().nullable().describe('Who recorded it (the user’s display name)'),
    recordedAt: z.string(),
  })
  .meta({ id: 'TemporaryResidentEvent' })
export type TTemporaryResidentEvent = z.infer<typeof ZTemporaryResidentEvent>
export const ZTemporaryResidentEvents = z
  .object({ items: z.array(ZTemporaryResidentEvent) })
  .meta({ id: 'TemporaryResidentEvents' })
export type TTemporaryResidentEvents = z.infer<typeof ZTemporaryResidentEvents>

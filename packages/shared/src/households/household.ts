import { z } from 'zod'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  ZTimestamp,
  optionalText,
} from '../common/record.ts'
import { relationshipTable } from '../code-tables/relationship.ts'
import { type TErrorCode } from '../common/error-messages.ts'
import { issue, messageFor } from '../common/issue.ts'
import { ZResidentCreate } from '../residents/resident.ts'

/** GB/T 4761 code of the head: the one relationship only the head has. */
export const headRelationship = '02'
const ZRelationship = relationshipTable.schema

export const ZHouseholdMember = z.object({
  resident: ZRef,
  idNumberMasked: z.string(),
  relationship: z.string().describe('GB/T 4761 relationship to the head'),
  isHead: z.boolean(),
  joinedOn: ZDate,
})

/** 户: lives in one dwelling, has exactly one head and members with their relationship to the head. */
export const ZHousehold = ZRecordMeta.extend({
  committee: ZRef,
  dwelling: z.object({ id: ZId, address: z.string() }),
  head: ZRef,
  members: z.array(ZHouseholdMember).describe('Current members, the head first'),
}).meta({ id: 'Household' })
export type THousehold = z.infer<typeof ZHousehold>

const ZDateDefaultToday = ZDateInput.optional().describe('Defaults to today (China Standard Time)')

export const ZHouseholdCreate = z
  .object({
    dwellingId: ZId,
    headResidentId: ZId,
    members: z
      .array(z.object({ residentId: ZId, relationship: ZRelationship }))
      .max(30)
      .default([])
      .describe('Members besides the head'),
    movedInOn: ZDateDefaultToday,
  })
  .meta({ id: 'HouseholdCreate' })

/** A member of a household registered in one step who is already registered as a resident. */
export const ZHouseholdRegisterResident = z
  .object({ kind: z.literal('resident'), residentId: ZId, relationship: ZRelationship })
  .meta({ id: 'HouseholdRegisterResident' })

// A new person's fields are the residents' own (their rules: ZResidentCreate, applied by the
// resident registration the API runs for the row); the committee is the dwelling's.
const { name, idNumber, sex, birthDate, phone } = ZResidentCreate.in.shape

/** A member of a household registered in one step who is registered as a resident with it. */
export const ZHouseholdRegisterNewPerson = z
  .object({
    kind: z.literal('new'),
    name,
    idNumber,
    sex,
    birthDate,
    phone,
    relationship: ZRelationship,
  })
  .meta({ id: 'HouseholdRegisterNewPerson' })

export const ZHouseholdRegisterMember = z.discriminatedUnion('kind', [
  ZHouseholdRegisterResident,
  ZHouseholdRegisterNewPerson,
])
export type THouseholdRegisterMember = z.output<typeof ZHouseholdRegisterMember>

/**
 * 登记住户 in one step: the household in a dwelling with all its members, the head one of them
 * (relationship `02`), each an existing resident or a new person registered with it.
 * Field problems point at the row: `members.2.idNumber`.
 */
export const ZHouseholdRegister = z
  .object({
    dwellingId: ZId,
    members: z
      .array(ZHouseholdRegisterMember)
      .min(1)
      .max(30)
      .superRefine((members, ctx) => {
        const problem = (code: TErrorCode, path: (string | number)[]) =>
          ctx.addIssue({ code: 'custom', message: messageFor(code), params: { code }, path })
        const heads = members.filter((m) => m.relationship === headRelationship).length
        if (heads !== 1) problem('household_head_count', [])
        const seen = new Set<string>()
        members.forEach((m, i) => {
          const key = m.kind === 'resident' ? `r:${m.residentId}` : `n:${m.idNumber}`
          if (seen.has(key))
            problem('member_repeated', [i, m.kind === 'resident' ? 'residentId' : 'idNumber'])
          seen.add(key)
        })
      })
      .describe('Every member, the head (relationship 02) among them'),
    movedInOn: ZDateDefaultToday,
  })
  .meta({ id: 'HouseholdRegister' })
export type THouseholdRegister = z.input<typeof ZHouseholdRegister>

/**
 * 更正关系: a current member's relationship to the head was recorded wrongly and is corrected
 * (not a move out and in); the reason is required and kept in the history and the audit row.
 */
export const ZHouseholdRelationshipCorrection = z
  .object({
    relationship: ZRelationship,
    reason: z.string().trim().min(2, issue('correction_reason_required')).max(200),
  })
  .meta({ id: 'HouseholdRelationshipCorrection' })

export const ZHouseholdMemberParams = z.object({ id: ZId, residentId: ZId })

export const ZHouseholdMoveIn = z
  .object({ residentId: ZId, relationship: ZRelationship, date: ZDateDefaultToday })
  .meta({ id: 'HouseholdMoveIn' })

export const ZHouseholdMoveOut = z
  .object({ residentId: ZId, date: ZDateDefaultToday, reason: optionalText(200) })
  .meta({ id: 'HouseholdMoveOut' })

export const ZHouseholdTransfer = z
  .object({
    residentId: ZId,
    toHouseholdId: ZId,
    relationship: ZRelationship.describe('Relationship to the head of the receiving household'),
    date: ZDateDefaultToday,
  })
  .meta({ id: 'HouseholdTransfer' })

export const ZHouseholdChangeHead = z
  .object({
    newHeadResidentId: ZId,
    date: ZDateDefaultToday,
    relationships: z
      .array(z.object({ residentId: ZId, relationship: ZRelationship }))
      .max(30)
      .describe('The other members’ relationships to the new head (the previous head included)'),
  })
  .meta({ id: 'HouseholdChangeHead' })

export const householdEventTypes = [
  'created',
  'moved_in',
  'moved_out',
  'transferred_in',
  'transferred_out',
  'head_changed',
  'relationship_corrected',
] as const
export const ZHouseholdEvent = z
  .object({
    id: ZId,
    type: z.enum(householdEventTypes),
    occurredOn: ZDate,
    resident: ZRef.nullable(),
    relationship: z.string().nullable(),
    previousRelationship: z
      .string()
      .nullable()
      .describe('A corrected relationship: what it was before the correction'),
    otherHousehold: z.object({ id: ZId, address: z.string() }).nullable(),
    reason: z.string().nullable(),
    actorName: z.string().nullable(),
    recordedAt: ZTimestamp,
  })
  .meta({ id: 'HouseholdEvent' })
export type THouseholdEvent = z.infer<typeof ZHouseholdEvent>
export const ZHouseholdHistory = z
  .object({ items: z.array(ZHouseholdEvent) })
  .meta({ id: 'HouseholdHistory' })

export const householdEventLabels: Record<
  (typeof householdEventTypes)[number],
  { zh: string; en: string }
> = {
  created: { zh: '立户', en: 'Household created' },
  moved_in: { zh: '迁入', en: 'Moved in' },
  moved_out: { zh: '迁出', en: 'Moved out' },
  transferred_in: { zh: '从他户转入', en: 'Joined from another household' },
  transferred_out: { zh: '转到他户', en: 'Left for another household' },
  head_changed: { zh: '变更户主', en: 'Head changed' },
  relationship_corrected: { zh: '更正关系', en: 'Relationship corrected' },
}

export const ZHouseholdListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  buildingId: ZId.optional(),
  dwellingId: ZId.optional(),
  q: z
    .string()
    .trim()
    .max(30)
    .optional()
    .describe("Part of the dwelling's address or of a current member's name"),
  sort: sortParam(['createdAt'] as const, '-createdAt'),
})
export type THouseholdListQuery = z.input<typeof ZHouseholdListQuery>
export const ZHouseholdPage = pageOf(ZHousehold).meta({ id: 'HouseholdPage' })

import { z } from 'zod'
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
import { ZMonth } from './calendar.ts'
import { ZDuesStandardInput } from './dues.ts'
import { ZDuesCategory, ZEvaluationGrade, ZMemberCategory, ZMemberStatus } from './party-codes.ts'

/**
 * A party member: a resident of the registry (identity never copied) with the party's record.
 * Stage dates and status change only through life-cycle actions (confirm, extend, transfer…),
 * each a dated event in the member's history.
 */
export const memberStates = [
  'active',
  'transferred_out',
  'cancelled',
  'left',
  'deceased',
  'expelled',
] as const
export const ZMemberState = z.enum(memberStates).meta({ id: 'PartyMemberState' })
export type TMemberState = z.infer<typeof ZMemberState>
export const memberStateLabels: Record<TMemberState, { zh: string; en: string }> = {
  active: { zh: '在册', en: 'Active' },
  transferred_out: { zh: '已转出', en: 'Transferred out' },
  cancelled: { zh: '取消预备资格', en: 'Probation cancelled' },
  left: { zh: '出党', en: 'Left' },
  deceased: { zh: '去世', en: 'Deceased' },
  expelled: { zh: '开除党籍', en: 'Expelled' },
}

export const ZPartyMember = ZRecordMeta.extend({
  resident: z.object({
    id: ZId,
    name: z.string(),
    idNumberMasked: z.string(),
    sex: z.enum(['1', '2']),
    birthDate: ZDate,
    age: z.number().int(),
    education: z.string().nullable(),
    ethnicity: z.string().nullable(),
    phoneMasked: z.string().nullable(),
    committee: ZRef,
  }),
  organization: ZRef,
  status: ZMemberStatus,
  state: ZMemberState,
  category: ZMemberCategory,
  appliedOn: ZDate.nullable(),
  activistOn: ZDate.nullable(),
  candidateOn: ZDate.nullable(),
  joinedOn: ZDate.describe('入党: the day the branch meeting accepted the member'),
  fullMembershipOn: ZDate.nullable().describe('转正'),
  probationExtendedMonths: z.number().int().nullable(),
  probationDueOn: ZDate.nullable().describe('When probation ends (预备期满), for probationers'),
  partyStanding: z.number().int().nullable().describe('党龄 in whole years, from 转正'),
  introducers: z.array(z.string()),
  partyPosts: z.array(z.string()),
  lostContactOn: ZDate.nullable(),
  hardship: z.string().nullable(),
  dues: z.object({
    category: ZDuesCategory,
    standardFen: z.number().int(),
    description: z.string(),
    paidThrough: ZMonth.nullable().describe('党费交至'),
    settledThrough: ZMonth.nullable().describe('党费交至 brought onto this roll'),
    subsistenceCaseId: ZId.nullable().describe(
      'The 低保 case in payment that lists the member: the 0.2-yuan category (低保) is suggested',
    ),
  }),
  notes: z.string().nullable(),
}).meta({ id: 'PartyMember' })
export type TPartyMember = z.infer<typeof ZPartyMember>

const stageDates = {
  appliedOn: ZDateInput.nullish().transform((v) => v ?? null),
  activistOn: ZDateInput.nullish().transform((v) => v ?? null),
  candidateOn: ZDateInput.nullish().transform((v) => v ?? null),
}

const memberFields = {
  category: ZMemberCategory.default('direct'),
  introducers: z.array(z.string().trim().min(1).max(20)).max(4).default([]),
  partyPosts: z.array(z.string().trim().min(1).max(20)).max(5).default([]),
  hardship: optionalText(100),
  dues: ZDuesStandardInput.default({ category: 'unemployed' }),
  duesPaidThrough: ZMonth.nullable()
    .optional()
    .describe(
      '党费交至 when the member came onto this roll (the transfer letter, the office’s ledger): months up to it owe nothing here',
    ),
  notes: optionalText(500),
}

/**
 * A member added to the roster: a resident, their branch, and where they are in the life cycle
 * (a member who joined elsewhere long ago arrives with both dates).
 */
export const ZPartyMemberCreate = z
  .object({
    residentId: ZId,
    organizationId: ZId,
    status: ZMemberStatus.default('probationary'),
    joinedOn: ZDateInput,
    fullMembershipOn: ZDateInput.nullish().transform((v) => v ?? null),
    ...stageDates,
    ...memberFields,
  })
  .meta({ id: 'PartyMemberCreate' })

/** Fields a clerk may correct; status, dates of joining and branch change through actions. */
export const ZPartyMemberUpdate = updateOf(
  z.object({
    ...stageDates,
    ...memberFields,
    lostContactOn: ZDateInput.nullish().transform((v) => v ?? null),
    duesFromMonth: ZMonth.optional().describe(
      'The month a changed dues standard applies from (default: this month); earlier months keep the standard they had',
    ),
  }),
).meta({ id: 'PartyMemberUpdate' })

export const ZPartyMemberListQuery = ZNumberedListQuery.extend({
  organizationId: ZId.optional().describe('The organisation and everything under it'),
  committeeId: ZId.optional(),
  status: ZMemberStatus.optional(),
  state: ZMemberState.default('active'),
  category: ZMemberCategory.optional(),
  lostContact: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(30).optional().describe('Part of the name'),
  sort: sortParam(['joinedOn', 'createdAt'] as const, 'joinedOn'),
})
export const ZPartyMemberPage = pageOf(ZPartyMember).meta({ id: 'PartyMemberPage' })

/** 按期转正: the branch meeting's decision date (probation must have run its course). */
export const ZConfirmMembership = z
  .object({ on: ZDateInput })
  .meta({ id: 'PartyConfirmMembership' })

/** 延长预备期: once, 6 to 12 months. */
export const ZExtendProbation = z
  .object({
    on: ZDateInput,
    months: z.number().int().min(6).max(12),
    reason: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'PartyExtendProbation' })

/** 组织关系转出: the letter this office issues (valid at most 3 months). */
export const ZTransferOut = z
  .object({
    serialNumber: z.string().trim().min(1).max(40),
    toOrganization: z.string().trim().min(1).max(100),
    issuedOn: ZDateInput,
    validDays: z
      .number()
      .int()
      .min(1)
      .max(92)
      .optional()
      .describe('Default: to the same day three months on (at most three months)'),
  })
  .meta({ id: 'PartyTransferOut' })

export const ZPartyTransfer = z
  .object({
    id: ZId,
    member: z.object({
      id: ZId,
      name: z.string(),
      sex: z.enum(['1', '2']),
      age: z.number().int(),
      status: ZMemberStatus,
      idNumberMasked: z.string(),
    }),
    direction: z.enum(['out', 'in']),
    serialNumber: z.string(),
    fromOrganization: z.string(),
    toOrganization: z.string(),
    duesPaidThrough: ZMonth.nullable(),
    issuedOn: ZDate,
    validUntil: ZDate,
    receiptReturnedOn: ZDate.nullable(),
    status: z.enum(['valid', 'expired', 'received']),
    printCount: z.number().int(),
  })
  .meta({ id: 'PartyTransfer' })

/**
 * Dues paid for a month, or for `month` to `toMonth` at once (按季度, 预交: up to a year ahead);
 * 补交 for earlier months: at most the six most recent unpaid.
 */
export const ZDuesPaymentCreate = z
  .object({
    month: ZMonth,
    toMonth: ZMonth.optional().describe('The last month paid for, when paying several at once'),
    paidOn: ZDateInput,
    amount: z.union([z.string(), z.number()]).optional(),
  })
  .meta({ id: 'PartyDuesPaymentCreate' })

/** The most members one 批量登记党费 records (a large branch's whole roll). */
export const duesBatchLimit = 200

/**
 * 批量登记党费: the same month (or months) paid on the same day by each selected member, each at
 * the standard in force for them — what a branch's dues collector records after a meeting.
 * All or none: a member who cannot pay for those months refuses the batch at `memberIds.<n>`.
 */
export const ZDuesBatchPayment = z
  .object({
    memberIds: z.array(ZId).min(1).max(duesBatchLimit),
    month: ZMonth,
    toMonth: ZMonth.optional().describe('The last month paid for, when paying several at once'),
    paidOn: ZDateInput,
  })
  .meta({ id: 'PartyDuesBatchPayment' })
export const ZDuesBatchResult = z
  .object({ paid: z.number().int().describe('Members whose dues were recorded') })
  .meta({ id: 'PartyDuesBatchResult' })

export const ZPartyMemberEvent = z
  .object({
    id: ZId,
    type: z.string(),
    occurredOn: ZDate,
    details: z.record(z.string(), z.unknown()).nullable(),
    actorName: z.string().nullable(),
    recordedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'PartyMemberEvent' })

/** Counts of active members, for the dashboard and to check an import against. */
export const ZPartyMemberStats = z
  .object({
    total: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
    byCategory: z.record(z.string(), z.number().int()),
    byOrganization: z.array(z.object({ organization: ZRef, count: z.number().int() })),
  })
  .meta({ id: 'PartyMemberStats' })

/** 组织关系转入: a member arriving with a letter from elsewhere (the 回执 goes back). */
export const ZTransferIn = ZPartyMemberCreate.extend({
  letter: z.object({
    serialNumber: z.string().trim().min(1).max(40),
    fromOrganization: z.string().trim().min(1).max(100),
    issuedOn: ZDateInput,
    validDays: z.number().int().min(1).max(92),
    receivedOn: ZDateInput,
    delayReason: optionalText(200).describe(
      'Why an expired letter is accepted (the branch’s certificate for the delay); required once the letter has expired',
    ),
  }),
}).meta({ id: 'PartyTransferIn' })

/** The 回执 of a letter this office issued came back: the transfer is complete. */
export const ZTransferReceipt = z.object({ on: ZDateInput }).meta({ id: 'PartyTransferReceipt' })

/** Leaving the roll other than by transfer: 出党, death, expulsion, with the date and reason. */
export const ZMemberLeave = z
  .object({
    state: z.enum(['left', 'deceased', 'expelled']),
    on: ZDateInput,
    reason: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'PartyMemberLeave' })

/** 民主评议 for a year, with a title awarded if any (优秀党员, 党员模范经营户 …). */
export const ZPartyEvaluationCreate = z
  .object({
    year: z.number().int().min(1921).max(2100),
    grade: ZEvaluationGrade,
    title: optionalText(50),
  })
  .meta({ id: 'PartyEvaluationCreate' })
export const ZPartyEvaluation = z
  .object({
    id: ZId,
    year: z.number().int(),
    grade: ZEvaluationGrade,
    title: z.string().nullable(),
  })
  .meta({ id: 'PartyEvaluation' })

/** 流动党员外出: where to, why, the 流动党员活动证 number, since when. */
export const ZFlowOut = z
  .object({
    destination: z.string().trim().min(1).max(100),
    reason: z.string().trim().min(1).max(100),
    cardNumber: optionalText(40),
    leftOn: ZDateInput,
  })
  .meta({ id: 'PartyFlowOut' })
export const ZFlowReturn = z.object({ on: ZDateInput }).meta({ id: 'PartyFlowReturn' })
export const ZPartyFlow = z
  .object({
    id: ZId,
    destination: z.string(),
    reason: z.string(),
    cardNumber: z.string().nullable(),
    leftOn: ZDate,
    returnedOn: ZDate.nullable(),
    /** Away more than 6 months: at a fixed place the relationship should be transferred. */
    longAway: z.boolean(),
  })
  .meta({ id: 'PartyFlow' })

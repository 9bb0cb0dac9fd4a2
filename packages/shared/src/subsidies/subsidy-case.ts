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
import { ZMonth } from '../party/calendar.ts'
import { ZYuanAmount } from '../party/dues.ts'
import { amountChangeKinds } from './subsidy-payments.ts'
import { subsidyClassifications } from './subsidy-review.ts'
import {
  hardshipReasons,
  minimumInvestigators,
  subsidyMaterials,
  subsidyStages,
  subsidySteps,
} from './subsidy-steps.ts'

/**
 * The 低保 case (低保案件) of a household, from application to payment. Its household and
 * people are registry records (by id, never copied); money is in 分 in answers and in yuan
 * (`ZYuanAmount`: '1,200.50' or 1200.5) in requests, as the dues.
 */
export const ZSubsidyStage = z.enum(subsidyStages).meta({ id: 'SubsidyStage' })
export const ZSubsidyStep = z.enum(subsidySteps).meta({ id: 'SubsidyStep' })
export const ZSubsidyClassification = z
  .enum(subsidyClassifications)
  .meta({ id: 'SubsidyClassification' })
export const ZHardshipReason = z.enum(hardshipReasons).meta({ id: 'HardshipReason' })
export const ZSubsidyMaterial = z.enum(subsidyMaterials).meta({ id: 'SubsidyMaterial' })

/** A member's monthly income by source (家庭经济状况核查表's columns), in yuan on input. */
const incomeSources = ['wage', 'business', 'property', 'transfer', 'other'] as const
export const incomeSourceLabels: Record<
  (typeof incomeSources)[number],
  { zh: string; en: string }
> = {
  wage: { zh: '工资性收入', en: 'Wages' },
  business: { zh: '经营净收入', en: 'Business income' },
  property: { zh: '财产净收入', en: 'Property income' },
  transfer: { zh: '转移净收入（养老金等）', en: 'Transfers (pensions …)' },
  other: { zh: '其他收入', en: 'Other income' },
}

const ZIncomeInput = z.object(
  Object.fromEntries(incomeSources.map((s) => [s, ZYuanAmount.default(0)])) as Record<
    (typeof incomeSources)[number],
    z.ZodDefault<typeof ZYuanAmount>
  >,
)

export const ZSubsidyMemberInput = z
  .object({
    residentId: ZId,
    covered: z.boolean().default(true).describe('Counted in 保障人数'),
    income: ZIncomeInput.default({
      wage: 0,
      business: 0,
      property: 0,
      transfer: 0,
      other: 0,
    }).describe('Monthly income by source, yuan'),
  })
  .meta({ id: 'SubsidyMemberInput' })

const membersField = z
  .array(ZSubsidyMemberInput)
  .min(1)
  .max(30)
  .refine(
    (members) => new Set(members.map((m) => m.residentId)).size === members.length,
    issue('subsidy_member_repeated'),
  )
  .refine((members) => members.some((m) => m.covered), issue('subsidy_covered_people'))
  .describe('The household members living together, each with their monthly income')

const caseFields = {
  hardshipReason: ZHardshipReason,
  classification: ZSubsidyClassification.default('stable'),
  assets: optionalText(1000).describe('Assets as declared (deposits, vehicles, housing …)'),
  declarationReceivedOn: ZDateInput.nullish()
    .transform((v) => v ?? null)
    .describe('Signed declaration and consent to the economic check, received on'),
  materials: z
    .array(ZSubsidyMaterial)
    .max(subsidyMaterials.length)
    .default([])
    .transform((items) => [...new Set(items)])
    .describe('Materials received'),
  certificateNumber: optionalText(40).describe('低保证号'),
  bankName: optionalText(50),
  bankAccount: z
    .string()
    .trim()
    .regex(/^\d{8,30}$/)
    .nullish()
    .transform((v) => v ?? null)
    .describe('Encrypted at rest, masked in answers'),
  notes: optionalText(1000),
}

export const ZSubsidyCaseCreate = z
  .object({
    householdId: ZId,
    applicantId: ZId.describe('The applicant: a member living in the household'),
    appliedOn: ZDateInput.describe('申请受理日期'),
    members: membersField,
    ...caseFields,
  })
  .meta({ id: 'SubsidyCaseCreate' })
export type TSubsidyCaseCreate = z.input<typeof ZSubsidyCaseCreate>

/** Details a clerk may correct; members and income change through a review from a month. */
export const ZSubsidyCaseUpdate = updateOf(z.object(caseFields)).meta({ id: 'SubsidyCaseUpdate' })

export const ZSubsidyMember = z.object({
  resident: ZRef,
  covered: z.boolean(),
  incomeFen: z.record(z.enum(incomeSources), z.number().int()),
  totalIncomeFen: z.number().int(),
})

export const ZSubsidyAmount = z
  .object({
    standardFen: z.number().int().nullable().describe('The standard in force this month'),
    floorFen: z.number().int().nullable(),
    householdIncomeFen: z.number().int(),
    householdSize: z.number().int(),
    perCapitaIncomeFen: z.number().int(),
    perPersonFen: z.number().int(),
    floorApplied: z.boolean(),
    coveredPeople: z.number().int(),
    adjustmentFen: z.number().int(),
    amountFen: z.number().int().describe('What the month would pay at today’s figures'),
  })
  .meta({ id: 'SubsidyAmount' })

export const ZSubsidyCaseEvent = z
  .object({
    step: z.union([ZSubsidyStep, z.literal('apply')]),
    on: ZDate,
    by: z.string().describe('Who recorded it'),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SubsidyCaseEvent' })

export const ZSubsidyCase = ZRecordMeta.extend({
  committee: ZRef,
  household: ZRef,
  applicant: ZRef,
  appliedOn: ZDate,
  stage: ZSubsidyStage,
  stageEnteredOn: ZDate,
  nextStep: ZSubsidyStep.nullable(),
  deadline: ZDate.nullable().describe('When the next step is due (working days)'),
  deadlineProvisional: z.boolean(),
  overdue: z.boolean(),
  publicNotice: z.object({ startsOn: ZDate, endsOn: ZDate }).nullable(),
  members: z.array(ZSubsidyMember),
  coveredPeople: z.number().int(),
  hardshipReason: ZHardshipReason,
  classification: ZSubsidyClassification,
  assets: z.string().nullable(),
  declarationReceivedOn: ZDate.nullable(),
  materials: z.array(ZSubsidyMaterial),
  missingMaterials: z.array(ZSubsidyMaterial),
  certificateNumber: z.string().nullable(),
  bankName: z.string().nullable(),
  bankAccountMasked: z.string().nullable(),
  computed: ZSubsidyAmount,
  monthlyAmountFen: z.number().int().nullable().describe('The approved amount in force this month'),
  amountPeriods: z
    .array(
      z.object({
        fromMonth: ZMonth,
        amountFen: z.number().int(),
        change: z.enum(['approved', ...amountChangeKinds]),
        reason: z.string().nullable(),
      }),
    )
    .describe('The amount from each month on: the approval, then 增发 / 减发 / 停发 / 恢复'),
  reviewDueOn: ZDate.nullable(),
  reportedChangeOn: ZDate.nullable().describe('A change the household reported, not reviewed yet'),
  helper: ZRef.nullable().describe('The active 一助一 pairing, named by its helper'),
  history: z.array(ZSubsidyCaseEvent),
  notes: z.string().nullable(),
}).meta({ id: 'SubsidyCase' })
export type TSubsidyCase = z.infer<typeof ZSubsidyCase>

// ---- the steps' bodies (POST /subsidy-cases/:id/<step>) ----

export const ZSubsidyInvestigate = z
  .object({
    investigatedOn: ZDateInput,
    investigators: z
      .array(z.string().trim().min(1).max(20))
      .max(10)
      .refine(
        (a) => new Set(a).size >= minimumInvestigators,
        issue('subsidy_investigators_required'),
      ),
    findings: optionalText(2000),
    members: membersField.optional().describe('The incomes as the investigation found them'),
  })
  .meta({ id: 'SubsidyInvestigate' })

export const ZSubsidyDeliberate = z
  .object({
    heldOn: ZDateInput,
    members: z.number().int().min(1).max(200),
    present: z.number().int().min(0).max(200),
    agree: z.number().int().min(0).max(200),
    minutes: optionalText(2000),
  })
  .refine((v) => v.present <= v.members && v.agree <= v.present, {
    ...issue('subsidy_vote_counts'),
    path: ['agree'],
  })
  .meta({ id: 'SubsidyDeliberate' })

export const ZSubsidyPublicize = z
  .object({ startsOn: ZDateInput, place: optionalText(100) })
  .meta({ id: 'SubsidyPublicize' })

export const ZSubsidyObject = z
  .object({ objectedOn: ZDateInput, objection: z.string().trim().min(1).max(1000) })
  .meta({ id: 'SubsidyObject' })

export const ZSubsidyStreetReview = z
  .object({ reviewedOn: ZDateInput, opinion: optionalText(1000) })
  .meta({ id: 'SubsidyStreetReview' })

export const ZSubsidyApprove = z
  .object({
    approvedOn: ZDateInput,
    certificateNumber: optionalText(40),
    adjustment: ZYuanAmount.optional().describe('Manual adjustment, yuan (with a reason)'),
    adjustmentSign: z.enum(['plus', 'minus']).default('plus'),
    adjustmentReason: optionalText(200),
  })
  .meta({ id: 'SubsidyApprove' })

export const ZSubsidyReview = z
  .object({
    reviewedOn: ZDateInput,
    fromMonth: ZMonth.describe('The month a new amount applies from'),
    members: membersField,
    classification: ZSubsidyClassification.optional(),
    note: optionalText(1000),
  })
  .meta({ id: 'SubsidyReview' })

/** 家庭变化报告: what the household reported and when; the review is due at once. */
export const ZSubsidyReportChange = z
  .object({ reportedOn: ZDateInput, change: z.string().trim().min(1).max(500) })
  .meta({ id: 'SubsidyReportChange' })

/** 暂停 / 恢复 / 停保 / 不予批准: a dated step with its reason. */
export const ZSubsidyDecision = z
  .object({ decidedOn: ZDateInput, reason: z.string().trim().min(1).max(500) })
  .meta({ id: 'SubsidyDecision' })

export const ZSubsidyCaseListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  householdId: ZId.optional(),
  residentId: ZId.optional().describe('Cases that list this resident among their members'),
  stage: ZSubsidyStage.optional(),
  classification: ZSubsidyClassification.optional(),
  reviewOverdue: queryBoolean
    .optional()
    .describe('Cases in payment whose review was due before today'),
  reviewDueBy: ZDateInput.optional().describe(
    'Cases in payment whose review is due on or before the day',
  ),
  withoutHelper: queryBoolean.optional().describe('Cases in payment with no 一助一 helper today'),
  minAmountFen: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('The amount in force this month at least this (分; cases with an amount only)'),
  maxAmountFen: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('The amount in force this month at most this (分)'),
  q: z.string().trim().max(50).optional().describe('Applicant’s name or 低保证号'),
  sort: sortParam(['appliedOn', 'createdAt'] as const, '-appliedOn'),
})
export const ZSubsidyCasePage = pageOf(ZSubsidyCase).meta({ id: 'SubsidyCasePage' })

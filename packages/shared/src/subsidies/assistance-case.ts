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
import { ZYuanAmount } from '../party/dues.ts'
import {
  assistanceForms,
  assistanceKinds,
  assistanceProcedures,
  procedureAllowed,
} from './assistance.ts'

/**
 * 临时救助 case (assistance.ts holds the rules): a registry resident helped once. Money in 分
 * in answers, in yuan (`ZYuanAmount`) in requests.
 *
 * Stages: 一般程序 pending → approve → approved → pay → completed; 紧急程序 (急难型 only) helps
 * first: pending → pay → helped → approve (the paperwork completed) → completed, or approved
 * first and paid after. A 转介 (referral) pays nothing: its approval completes it. Refusal only
 * before any money left the fund.
 */
export const assistanceStages = ['pending', 'approved', 'helped', 'completed', 'refused'] as const
export type TAssistanceStage = (typeof assistanceStages)[number]
export const assistanceStageLabels: Record<TAssistanceStage, { zh: string; en: string }> = {
  pending: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已审批待发放', en: 'Approved, to pay' },
  helped: { zh: '已先行救助待补办', en: 'Helped, paperwork due' },
  completed: { zh: '已办结', en: 'Completed' },
  refused: { zh: '不予救助', en: 'Refused' },
}

export const ZAssistanceKind = z.enum(assistanceKinds).meta({ id: 'AssistanceKind' })
export const ZAssistanceProcedure = z.enum(assistanceProcedures).meta({ id: 'AssistanceProcedure' })
export const ZAssistanceForm = z.enum(assistanceForms).meta({ id: 'AssistanceForm' })
export const ZAssistanceStage = z.enum(assistanceStages).meta({ id: 'AssistanceStage' })

const ZActed = z.object({ on: ZDate, by: z.string() })

export const ZAssistanceCase = ZRecordMeta.extend({
  committee: ZRef,
  resident: ZRef.describe('The person helped (a registry resident)'),
  household: ZRef.nullable().describe('Their household, when named (by its head)'),
  kind: ZAssistanceKind,
  procedure: ZAssistanceProcedure,
  form: ZAssistanceForm,
  reason: z.string(),
  description: z.string().nullable(),
  amountFen: z.number().int(),
  inKindDescription: z.string().nullable(),
  appliedOn: ZDate,
  helpedOn: ZDate.nullable().describe('Urgent procedure: the day help was given'),
  stage: ZAssistanceStage,
  paperworkDueOn: ZDate.nullable().describe('Urgent: the paperwork’s deadline (working days)'),
  overdue: z.boolean().describe('Urgent, not yet approved, and past its paperwork deadline'),
  approved: ZActed.nullable(),
  paid: ZActed.extend({ fundEntryId: ZId }).nullable().describe('Paid from the petty fund'),
  refused: ZActed.extend({ reason: z.string() }).nullable(),
}).meta({ id: 'AssistanceCase' })
export type TAssistanceCase = z.infer<typeof ZAssistanceCase>

const caseFields = {
  reason: z.string().trim().min(1).max(200).describe('救助事由'),
  description: optionalText(2000),
  inKindDescription: optionalText(500).describe('In kind: what was given'),
}

export const ZAssistanceCaseCreate = z
  .object({
    residentId: ZId.describe('The person helped, a registry resident'),
    householdId: ZId.nullish().transform((v) => v ?? null),
    kind: ZAssistanceKind,
    procedure: ZAssistanceProcedure.default('ordinary'),
    form: ZAssistanceForm.default('cash'),
    ...caseFields,
    amount: ZYuanAmount.describe('Yuan; at most the limit (months × the standard)'),
    appliedOn: ZDateInput,
    helpedOn: ZDateInput.nullish()
      .transform((v) => v ?? null)
      .describe('Urgent procedure: the day help was given (required there)'),
  })
  .refine((v) => procedureAllowed(v.kind, v.procedure), {
    ...issue('assistance_urgent_emergency_only'),
    path: ['procedure'],
  })
  .refine((v) => v.procedure === 'ordinary' || v.helpedOn !== null, {
    ...issue('assistance_helped_on_required'),
    path: ['helpedOn'],
  })
  .refine((v) => v.form === 'referral' || v.amount > 0, {
    ...issue('assistance_amount_required'),
    path: ['amount'],
  })
  .refine((v) => v.form !== 'in_kind' || v.inKindDescription !== null, {
    ...issue('assistance_in_kind_required'),
    path: ['inKindDescription'],
  })
  .meta({ id: 'AssistanceCaseCreate' })

export const ZAssistanceCaseUpdate = updateOf(z.object(caseFields)).meta({
  id: 'AssistanceCaseUpdate',
})

export const ZAssistanceApprove = z
  .object({ approvedOn: ZDateInput, note: optionalText(500) })
  .meta({ id: 'AssistanceApprove' })
export const ZAssistancePay = z
  .object({ paidOn: ZDateInput, note: optionalText(500) })
  .meta({ id: 'AssistancePay' })
export const ZAssistanceRefuse = z
  .object({ refusedOn: ZDateInput, reason: z.string().trim().min(1).max(500) })
  .meta({ id: 'AssistanceRefuse' })

export const ZAssistanceCaseListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  kind: ZAssistanceKind.optional(),
  stage: ZAssistanceStage.optional(),
  residentId: ZId.optional(),
  overdue: queryBoolean.optional(),
  sort: sortParam(['appliedOn', 'createdAt'] as const, '-appliedOn'),
})
export const ZAssistanceCasePage = pageOf(ZAssistanceCase)
  .extend({
    totals: z
      .object({
        cases: z.number().int(),
        amountFen: z.number().int().describe('The matching cases’ amounts (refused ones left out)'),
        paidFen: z.number().int().describe('Of which paid from the fund'),
      })
      .describe('Over every matching case, not only this page'),
  })
  .meta({ id: 'AssistanceCasePage' })

// ---- the petty fund (备用金) ----

export const assistanceFundEntryKinds = ['deposit', 'payment'] as const
export const assistanceFundEntryKindLabels: Record<
  (typeof assistanceFundEntryKinds)[number],
  { zh: string; en: string }
> = {
  deposit: { zh: '拨入', en: 'Deposit' },
  payment: { zh: '支出', en: 'Payment' },
}

export const ZAssistanceFundEntry = z
  .object({
    id: ZId,
    committee: ZRef,
    on: ZDate,
    kind: z.enum(assistanceFundEntryKinds),
    fen: z.number().int().describe('Deposits positive, payments negative'),
    case: ZRef.nullable().describe('A payment’s case, named by the person helped'),
    note: z.string().nullable(),
    recordedBy: z.string(),
  })
  .meta({ id: 'AssistanceFundEntry' })

export const ZAssistanceFund = z
  .object({
    funds: z.array(z.object({ committee: ZRef, balanceFen: z.number().int() })),
    totalFen: z.number().int().describe('The balances in scope together'),
    entries: z.array(ZAssistanceFundEntry).describe('The latest 200 entries, newest first'),
  })
  .meta({ id: 'AssistanceFund' })
export type TAssistanceFund = z.infer<typeof ZAssistanceFund>

export const ZAssistanceFundQuery = z.object({ committeeId: ZId.optional() })

export const ZAssistanceFundDeposit = z
  .object({
    committeeId: ZId,
    on: ZDateInput,
    amount: ZYuanAmount.refine((fen) => fen > 0, issue('assistance_amount_required')),
    note: optionalText(200),
  })
  .meta({ id: 'AssistanceFundDeposit' })

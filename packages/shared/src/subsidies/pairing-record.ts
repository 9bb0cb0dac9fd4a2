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

/**
 * 一助一 结对帮扶: a helper (a party member — linked to their record — or a staff member by name)
 * paired with a 低保 case's household or a resident in hardship, from a start date until it
 * ends, with its goals and a log of visits and help.
 */
export const pairingVisitKinds = ['visit', 'help', 'other'] as const
export const pairingVisitKindLabels: Record<
  (typeof pairingVisitKinds)[number],
  { zh: string; en: string }
> = {
  visit: { zh: '走访', en: 'Visit' },
  help: { zh: '帮扶', en: 'Help given' },
  other: { zh: '其他', en: 'Other' },
}

export const ZPairingVisit = z
  .object({
    id: ZId,
    on: ZDate,
    kind: z.enum(pairingVisitKinds),
    note: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'PairingVisit' })

export const ZPairing = ZRecordMeta.extend({
  committee: ZRef,
  helperName: z.string(),
  helperMember: ZRef.nullable().describe('The helper’s party member record, when a member'),
  case: ZRef.nullable().describe('The 低保 case helped (named by its applicant)'),
  beneficiary: ZRef.nullable().describe('A resident in hardship helped (without a case)'),
  startedOn: ZDate,
  endedOn: ZDate.nullable(),
  active: z.boolean().describe('Started on or before today, not ended before it'),
  goals: z.string().nullable(),
  visits: z.array(ZPairingVisit),
}).meta({ id: 'Pairing' })
export type TPairing = z.infer<typeof ZPairing>

const pairingFields = {
  helperName: z.string().trim().min(1).max(50),
  helperMemberId: ZId.nullish()
    .transform((v) => v ?? null)
    .describe('A party member helper: their record (the name is taken from it)'),
  goals: optionalText(1000),
  startedOn: ZDateInput,
}

const helped = (v: { caseId?: string | null; beneficiaryId?: string | null }) =>
  !!v.caseId !== !!v.beneficiaryId

export const ZPairingCreate = z
  .object({
    ...pairingFields,
    caseId: ZId.nullish().transform((v) => v ?? null),
    beneficiaryId: ZId.nullish().transform((v) => v ?? null),
  })
  .refine(helped, { ...issue('pairing_target_required'), path: ['caseId'] })
  .meta({ id: 'PairingCreate' })

export const ZPairingUpdate = updateOf(z.object(pairingFields)).meta({ id: 'PairingUpdate' })

export const ZPairingEnd = z
  .object({ endedOn: ZDateInput, note: optionalText(500) })
  .meta({ id: 'PairingEnd' })

export const ZPairingVisitCreate = z
  .object({
    on: ZDateInput,
    kind: z.enum(pairingVisitKinds).default('visit'),
    note: z.string().trim().min(1).max(1000),
  })
  .meta({ id: 'PairingVisitCreate' })

export const ZPairingListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  caseId: ZId.optional(),
  active: queryBoolean.optional(),
  sort: sortParam(['startedOn', 'createdAt'] as const, '-startedOn'),
})
export const ZPairingPage = pageOf(ZPairing).meta({ id: 'PairingPage' })

export const ZPairingRateQuery = z.object({ asOf: ZDateInput.optional() })
const ZRateCount = z.object({
  cases: z.number().int(),
  paired: z.number().int(),
  perMille: z.number().int().nullable().describe('Paired per 1,000 cases in payment, floored'),
})
export const ZPairingRate = z
  .object({
    asOf: ZDate,
    total: ZRateCount,
    byCommittee: z.array(ZRateCount.extend({ committee: ZRef })),
  })
  .meta({ id: 'PairingRate' })

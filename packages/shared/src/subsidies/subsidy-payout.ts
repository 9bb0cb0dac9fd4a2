import { z } from 'zod'
import { ZListQuery, pageOf } from '../common/pagination.ts'
import { ZId, ZRecordMeta, ZRef, ZTimestamp } from '../common/record.ts'
import { ZMonth } from '../party/calendar.ts'

/**
 * 发放花名册: a committee's roll for a month — every case in payment with its amount, plus the
 * back-pay or recovery of earlier locked months (`payoutLine`). Generated (again, while a draft),
 * checked, then locked: a locked roll never changes (a database trigger refuses it).
 */
export const payoutStates = ['draft', 'locked'] as const
export const payoutStateLabels: Record<(typeof payoutStates)[number], { zh: string; en: string }> =
  {
    draft: { zh: '待核对', en: 'Draft' },
    locked: { zh: '已锁定', en: 'Locked' },
  }

export const ZSubsidyPayoutLine = z
  .object({
    case: ZRef.describe('The case, named by its applicant'),
    household: ZRef.describe('The household, named by its address'),
    certificateNumber: z.string().nullable(),
    coveredPeople: z.number().int(),
    amountFen: z.number().int().describe('The month’s amount'),
    correctionFen: z.number().int().describe('补发 (+) or 追回 (−) of earlier locked months'),
    corrects: z.array(z.object({ month: ZMonth, fen: z.number().int() })),
    totalFen: z.number().int(),
    bankName: z.string().nullable(),
    bankAccountMasked: z.string().nullable(),
  })
  .meta({ id: 'SubsidyPayoutLine' })

export const ZPayoutTotals = z.object({
  cases: z.number().int(),
  coveredPeople: z.number().int(),
  amountFen: z.number().int(),
  correctionFen: z.number().int(),
  totalFen: z.number().int(),
})

export const ZSubsidyPayout = ZRecordMeta.extend({
  committee: ZRef,
  month: ZMonth,
  state: z.enum(payoutStates),
  generatedAt: ZTimestamp,
  generatedBy: z.string(),
  lockedAt: ZTimestamp.nullable(),
  lockedBy: z.string().nullable(),
  lines: z.array(ZSubsidyPayoutLine),
  totals: ZPayoutTotals,
}).meta({ id: 'SubsidyPayout' })
export type TSubsidyPayout = z.infer<typeof ZSubsidyPayout>

export const ZSubsidyPayoutGenerate = z
  .object({ committeeId: ZId, month: ZMonth })
  .meta({ id: 'SubsidyPayoutGenerate' })

export const ZSubsidyPayoutListQuery = ZListQuery.extend({
  committeeId: ZId.optional(),
  month: ZMonth.optional(),
})
export const ZSubsidyPayoutPage = pageOf(ZSubsidyPayout).meta({ id: 'SubsidyPayoutPage' })

/** Sums of lines: a roll's totals, and the whole community's from every committee's roll. */
export const payoutTotals = (
  lines: readonly { coveredPeople: number; amountFen: number; correctionFen: number }[],
) => {
  const amountFen = lines.reduce((sum, l) => sum + l.amountFen, 0)
  const correctionFen = lines.reduce((sum, l) => sum + l.correctionFen, 0)
  return {
    cases: lines.length,
    coveredPeople: lines.reduce((sum, l) => sum + l.coveredPeople, 0),
    amountFen,
    correctionFen,
    totalFen: amountFen + correctionFen,
  }
}

export const ZSubsidyPayoutSummaryQuery = z.object({
  month: ZMonth.optional().describe('Left out: the current month'),
})
/** A month across committees: each committee's roll and the whole community's totals. */
export const ZSubsidyPayoutSummary = z
  .object({
    month: ZMonth,
    total: ZPayoutTotals,
    byCommittee: z.array(
      z.object({
        committee: ZRef,
        payoutId: ZId,
        state: z.enum(payoutStates),
        totals: ZPayoutTotals,
      }),
    ),
  })
  .meta({ id: 'SubsidyPayoutSummary' })

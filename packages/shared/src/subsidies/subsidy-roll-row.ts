import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZDateInput, optionalText } from '../common/record.ts'
import { ZYuanAmount } from '../party/dues.ts'
import { ZHardshipReason } from './subsidy-case.ts'

/**
 * One row of the 低保 roll (低保花名册) as offices keep it, after the importer has read its cells:
 * the household's head (the case's applicant), covered people, the household's per-capita monthly
 * income and the monthly amount in yuan (read into 分 by `ZYuanAmount`, as the case forms read
 * incomes), the approval date, the reason for hardship, the 低保证号. The head's identity is the
 * registry's (found by the ID number); the roll's amount is the approved amount as it is paid.
 */
export const ZSubsidyRollRow = z
  .object({
    coveredPeople: z
      .number()
      .int(issue('subsidy_roll_covered_people'))
      .min(1, issue('subsidy_roll_covered_people'))
      .max(30, issue('subsidy_roll_covered_people'))
      .describe('保障人数'),
    perCapitaIncome: ZYuanAmount.describe('家庭月人均收入, yuan → 分'),
    monthlyAmount: ZYuanAmount.refine((fen) => fen > 0, issue('subsidy_roll_amount_zero')).describe(
      '月保障金额, yuan → 分: the amount approved and paid',
    ),
    approvedOn: ZDateInput.describe('批准（纳入）日期: payment from its month'),
    hardshipReason: ZHardshipReason.default('other'),
    certificateNumber: optionalText(40).describe('低保证号'),
  })
  .meta({ id: 'SubsidyRollRow' })
export type TSubsidyRollRow = z.output<typeof ZSubsidyRollRow>

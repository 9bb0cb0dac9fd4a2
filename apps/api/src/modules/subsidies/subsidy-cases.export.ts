import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { subsidyClassificationLabels } from '@cr/shared/subsidies/subsidy-review'
import { hardshipReasonLabels, subsidyStageLabels } from '@cr/shared/subsidies/subsidy-steps'
import type { TExportColumn } from '../../exports/export-columns.ts'

const yuan = (fen: number | null) => (fen === null ? null : fen / 100)

/**
 * 低保花名册 as the list exports it, headed as the roll import reads it
 * (`subsidy-cases.import.ts`; `subsidy-roll.import-headers.test.ts` holds them together): the
 * committee, the head, the address, covered people, the per-capita income, the amount in force
 * this month, the approval date, the reason, the 低保证号; then what the import leaves aside (the
 * stage, the classification, the review due, the helper). No ID numbers: the case's people are
 * the registry's, revealed there.
 */
export const subsidyCaseExportColumns: readonly TExportColumn<TSubsidyCase>[] = [
  { header: '居委会', width: 18, value: (c) => c.committee.name },
  { header: '户主姓名', value: (c) => c.applicant.name },
  { header: '家庭住址', width: 34, value: (c) => c.household.name },
  { header: '保障人数', value: (c) => c.coveredPeople },
  { header: '家庭月人均收入（元）', value: (c) => yuan(c.computed.perCapitaIncomeFen) },
  { header: '月保障金额（元）', value: (c) => yuan(c.monthlyAmountFen) },
  { header: '批准时间', value: (c) => c.history.find((e) => e.step === 'approve')?.on ?? null },
  { header: '致贫原因', value: (c) => hardshipReasonLabels[c.hardshipReason].zh },
  { header: '低保证号', width: 18, value: (c) => c.certificateNumber },
  { header: '办理环节', value: (c) => subsidyStageLabels[c.stage].zh },
  { header: '复核类别', value: (c) => subsidyClassificationLabels[c.classification].zh },
  { header: '下次复核日期', value: (c) => c.reviewDueOn },
  { header: '帮扶人', value: (c) => c.helper?.name ?? null },
]

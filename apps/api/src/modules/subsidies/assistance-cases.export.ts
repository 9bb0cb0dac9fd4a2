import {
  assistanceFormLabels,
  assistanceKindLabels,
  assistanceProcedureLabels,
} from '@cr/shared/subsidies/assistance'
import { assistanceStageLabels, type TAssistanceCase } from '@cr/shared/subsidies/assistance-case'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** 临时救助台账's columns (the list's export): money in yuan, as the office's ledger keeps it. */
export const assistanceCaseExportColumns: readonly TExportColumn<TAssistanceCase>[] = [
  { header: '居委会', value: (c) => c.committee.name },
  { header: '救助对象', value: (c) => c.resident.name },
  { header: '类型', value: (c) => assistanceKindLabels[c.kind].zh },
  { header: '程序', value: (c) => assistanceProcedureLabels[c.procedure].zh, width: 22 },
  { header: '救助方式', value: (c) => assistanceFormLabels[c.form].zh },
  { header: '救助事由', value: (c) => c.reason, width: 30 },
  { header: '金额（元）', value: (c) => c.amountFen / 100 },
  { header: '实物', value: (c) => c.inKindDescription },
  { header: '申请日期', value: (c) => c.appliedOn },
  { header: '先行救助日期', value: (c) => c.helpedOn },
  { header: '补办期限', value: (c) => c.paperworkDueOn },
  { header: '阶段', value: (c) => assistanceStageLabels[c.stage].zh },
  { header: '审批日期', value: (c) => c.approved?.on ?? null },
  { header: '审批人', value: (c) => c.approved?.by ?? null },
  { header: '发放日期', value: (c) => c.paid?.on ?? null },
]

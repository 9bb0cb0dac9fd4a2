import { memberStatusLabels } from '@cr/shared/party/party-codes'
import type { TExportColumn } from '../../exports/export-columns.ts'
import type { duesRollReport } from './party-dues.ts'

type TReport = Awaited<ReturnType<typeof duesRollReport>>
type TRow = {
  organization: string
  month: string
  name: string
  status: string
  standard: number | null
  due: number
  paid: number
  owed: number
  paidThrough: string
  note: string
}

/** Yuan as a number, so Excel can add the columns up (amounts are kept in 分). */
const yuan = (fen: number) => fen / 100

const lapseNotes = { ok: '', warning: '欠交较久', lapse: '连续六个月未交' } as const

/** 党费收缴表 as a file: one row a member, as the roll shows them, then the month's totals. */
export const duesRollExportRows = (report: TReport): TRow[] => {
  const common = { organization: report.organization.name, month: report.month }
  const members = report.rows.map((r) => ({
    ...common,
    name: r.member.name,
    status: memberStatusLabels[r.status].zh,
    standard: yuan(r.standardFen),
    due: yuan(r.dueFen),
    paid: yuan(r.paidFen),
    owed: yuan(r.owedFen),
    paidThrough: r.paidThrough ?? '',
    note: lapseNotes[r.lapse],
  }))
  const totals = {
    ...common,
    name: '合计',
    status: '',
    standard: null,
    due: yuan(report.totals.dueFen),
    paid: yuan(report.totals.paidFen),
    owed: yuan(report.totals.owedFen),
    paidThrough: '',
    note: `${report.rows.length} 人`,
  }
  return [...members, totals]
}

export const duesRollExportColumns: readonly TExportColumn<TRow>[] = [
  { header: '党组织', value: (r) => r.organization, width: 24 },
  { header: '月份', value: (r) => r.month },
  { header: '姓名', value: (r) => r.name },
  { header: '人员类别', value: (r) => r.status },
  { header: '党费标准（元/月）', value: (r) => r.standard },
  { header: '应交（元）', value: (r) => r.due },
  { header: '实交（元）', value: (r) => r.paid },
  { header: '欠交累计（元）', value: (r) => r.owed },
  { header: '党费交至', value: (r) => r.paidThrough },
  { header: '提醒', value: (r) => r.note },
]

import { formatYuan, parseYuan } from '@cr/shared/party/money'
import { subsidyAmount } from '@cr/shared/subsidies/subsidy-amount'
import { firstPaidMonth } from '@cr/shared/subsidies/subsidy-payments'
import { ZSubsidyRollRow, type TSubsidyRollRow } from '@cr/shared/subsidies/subsidy-roll-row'
import { standardFor, type TSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import { hardshipReasonLabels, type THardshipReason } from '@cr/shared/subsidies/subsidy-steps'
import { parseIdNumber } from '@cr/shared/validators/id-number'
import { toHalfWidth } from '@cr/shared/validators/phone'
import { cellText, type TCell } from '../../imports/cells.ts'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import type { TBuildIssue, TFieldDef, TLedgerType, TNormalised } from '../../imports/ledger-type.ts'
import { labelField } from '../../imports/normalise-code.ts'
import { dateField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { freeText, plainText } from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import { personFields, peopleContext, type TPeopleContext } from '../residents/people.import.ts'
import { readStandards } from './subsidy-case-dto.ts'
import { subsidyRollWriter } from './subsidy-cases.import-write.ts'

/**
 * The 低保 roll (低保花名册 / 低保户花名册) as a 社区 keeps it: one row per household in payment —
 * 社区, 户主姓名, 身份证号, 家庭住址, 保障人数, 家庭月人均收入（元）, 月保障金额（元）, 批准时间,
 * 致贫原因, 低保证号 — under a title and a 填报 row, ended by a 合计 row. Each row becomes a case in
 * payment (保障中) for the household of the head, found in the registry by the ID number; a head
 * the registry does not know is a row error naming them (the household is registered first, at
 * the desk or by the residents ledger: a roll does not say who lives together). The roll's amount
 * is kept as approved from the approval month; an amount the standard of that month does not give
 * is a warning. The 合计 row is compared with the rows (`totals`). Registered in
 * `src/ledger-types.ts`; the write side is `subsidy-cases.import-write.ts`.
 */

export type TRollField =
  | 'committee'
  | 'name'
  | 'idNumber'
  | 'homeAddress'
  | 'coveredPeople'
  | 'perCapitaIncome'
  | 'monthlyAmount'
  | 'approvedOn'
  | 'hardshipReason'
  | 'certificateNumber'
  | 'notes'

const field = (def: TFieldDef<TRollField>) => def

/** `3`, `３`, `3人`, a number cell: a whole count. */
const count = (cell: TCell): TNormalised<number> => {
  const text =
    typeof cell === 'number' ? String(cell) : toHalfWidth(cellText(cell)).replace(/[\s人口]/g, '')
  return /^\d{1,3}$/.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, code: 'subsidy_roll_covered_people' }
}

/**
 * Money as rolls write it (`1,234.50`, `１２３４．５`, `￥680`, `680元`, a number cell), handed to
 * the shared schema (`ZYuanAmount`) as text, which reads it into 分 or refuses it.
 */
const money = (cell: TCell): TNormalised<string> => {
  if (typeof cell === 'number') return { ok: true, value: String(Math.round(cell * 100) / 100) }
  return {
    ok: true,
    value: toHalfWidth(cellText(cell))
      .normalize('NFKC')
      .replace(/[\s]/g, '')
      .replace(/^[￥¥]|元$/g, ''),
  }
}

const reasonAliases: Record<string, THardshipReason> = {
  失业: 'unemployed',
  下岗: 'unemployed',
  失业下岗: 'unemployed',
  无业: 'unemployed',
  因病: 'illness',
  疾病: 'illness',
  大病: 'illness',
  重病: 'illness',
  因病返贫: 'illness',
  残疾人: 'disability',
  重残: 'disability',
  因残: 'disability',
  因残致贫: 'disability',
  丧失劳动能力: 'unable_to_work',
  无劳动力: 'unable_to_work',
  年老: 'elderly',
  老年: 'elderly',
  高龄: 'elderly',
  年老体弱: 'elderly',
  因学: 'education',
  因学致贫: 'education',
  其它: 'other',
}
const reasonOf = labelField(hardshipReasonLabels, reasonAliases)
const reason = (cell: TCell): TNormalised<THardshipReason> => {
  const value = reasonOf(cellText(cell))
  return value ? { ok: true, value } : { ok: false, code: 'code_unknown' }
}

export const subsidyRollFields: readonly TFieldDef<TRollField>[] = [
  ...personFields(['committee', 'name', 'idNumber', 'homeAddress'] as const, {
    committee: {
      synonyms: ['社区', '所属社区', '所属居委会', '社区居委会', '居委会名称', '社区名称'],
      hint: '可不填：按户主所在的户确定；填写时须与户所在居委会一致',
    },
    name: {
      label: '户主姓名',
      synonyms: ['户主', '申请人', '申请人姓名', '姓名', '户主名', '保障对象', '低保对象'],
      hint: '必填：户主（申请人），须已在居民库中登记',
    },
    idNumber: {
      synonyms: [
        '身份证号码',
        '公民身份号码',
        '公民身份证号码',
        '身份证件号码',
        '证件号码',
        '身份证',
        '户主身份证号',
        '户主身份证号码',
        '申请人身份证号码',
      ],
    },
    homeAddress: {
      synonyms: ['住址', '地址', '家庭地址', '现住址', '居住地址', '现居住地址'],
      hint: '可不填：按身份证号在居民库中找到户',
    },
  }),
  field({
    key: 'coveredPeople',
    label: '保障人数',
    synonyms: ['享受人数', '保障人口', '享受人口', '保障人员数', '救助人数', '低保人数'],
    requiredColumn: true,
    hint: '必填：纳入保障的人数，不多于户内共同生活的人数',
    normalise: count,
  }),
  field({
    key: 'perCapitaIncome',
    label: '家庭月人均收入（元）',
    synonyms: [
      '家庭月人均收入',
      '人均收入',
      '月人均收入',
      '家庭人均月收入',
      '人均月收入',
      '家庭人均收入',
    ],
    requiredColumn: true,
    hint: '必填：元，如 320 或 320.50；无收入填 0',
    normalise: money,
  }),
  field({
    key: 'monthlyAmount',
    label: '月保障金额（元）',
    synonyms: [
      '月保障金额',
      '月低保金',
      '保障金额',
      '发放金额',
      '月保障金',
      '低保金',
      '保障金',
      '月发放金额',
      '享受金额',
      '月补差金额',
      '低保金额',
    ],
    requiredColumn: true,
    hint: '必填：元，按表中金额导入为核定金额',
    normalise: money,
  }),
  field({
    key: 'approvedOn',
    label: '批准时间',
    synonyms: [
      '批准日期',
      '审批日期',
      '审批时间',
      '纳入时间',
      '纳入日期',
      '享受时间',
      '享受日期',
      '保障起始时间',
      '起始时间',
      '审核确认日期',
    ],
    requiredColumn: true,
    hint: '必填：当月起发放；如 2024.1.1 或 2024年1月1日',
    normalise: dateField(false),
  }),
  field({
    key: 'hardshipReason',
    label: '致贫原因',
    synonyms: ['困难类型', '困难原因', '致困原因', '救助原因', '贫困原因', '享受原因'],
    hint: '不填为其他',
    choices: Object.values(hardshipReasonLabels).map((l) => l.zh),
    normalise: reason,
  }),
  field({
    key: 'certificateNumber',
    label: '低保证号',
    synonyms: ['低保证编号', '低保证号码', '保障证号', '证号', '低保证书号'],
    normalise: plainText,
  }),
  field({ key: 'notes', label: '备注', synonyms: [], normalise: freeText }),
]

export type TRollContext = TPeopleContext & { standards: TSubsidyStandard[] }

export type TRollRecord = {
  idNumber: string
  name: string
  /** The committee the row names, or null: the household's then. */
  committeeId: string | null
  row: TSubsidyRollRow
  /** The month paid from (the approval's) and what that month's standard gives, for the case. */
  fromMonth: string
  notes: string | null
}

type TValues = Partial<Record<TRollField, unknown>>

const committeeNamed = (name: string, context: TRollContext) =>
  context.committees.get(name) ??
  context.committees.get(`${name}居委会`) ??
  context.committees.get(name.replace(/居委会$/, '')) ??
  context.committees.get(`${name.replace(/居委会$/, '')}社区居委会`)

const yuan = (fen: number) => formatYuan(fen)

/**
 * The warning when the roll's amount is not what the approval month's standard gives for the
 * row's per-capita income and covered people (the ledger is the truth for money: imported as
 * written), or when that month has no standard to compare with.
 */
const amountWarning = (
  row: TSubsidyRollRow,
  fromMonth: string,
  standards: readonly TSubsidyStandard[],
): TBuildIssue<TRollField> | null => {
  const standard = standardFor(fromMonth, standards)
  if (!standard) return { field: 'approvedOn', code: 'subsidy_roll_standard_missing' }
  const computed = subsidyAmount({
    standardFen: standard.standardFen,
    floorFen: standard.floorFen,
    // The roll gives the per-capita income: as many members at it give it back exactly.
    memberIncomesFen: Array<number>(row.coveredPeople).fill(row.perCapitaIncome),
    coveredPeople: row.coveredPeople,
  }).amountFen
  if (computed === row.monthlyAmount) return null
  return {
    field: 'monthlyAmount',
    code: 'subsidy_roll_amount_differs',
    message:
      `按 ${fromMonth} 的低保标准 ${yuan(standard.standardFen)} 元计算应为 ${yuan(computed)} 元，` +
      `表中为 ${yuan(row.monthlyAmount)} 元；按表中金额导入（仍会导入）`,
  }
}

export const subsidyRollLedger: TLedgerType<TRollField, TRollRecord, TRollContext> & {
  naturalKey: { field: 'idNumber'; of: (r: TRollRecord) => string }
} = {
  type: 'subsidy-cases',
  label: '低保花名册',
  fields: subsidyRollFields,
  naturalKey: { field: 'idNumber', of: (r) => r.idNumber },
  build: (values: TValues, context) => {
    const issues: TBuildIssue<TRollField>[] = []
    const name = values.name as string | undefined
    if (!name) issues.push({ field: 'name', code: 'required' })
    let idNumber: string | null = null
    const rawId = values.idNumber as string | undefined
    if (!rawId) issues.push({ field: 'idNumber', code: 'required' })
    else {
      const parsed = parseIdNumber(rawId)
      if (parsed.ok) idNumber = parsed.id.value
      else issues.push({ field: 'idNumber', code: parsed.error })
    }
    let committeeId: string | null = null
    if (values.committee !== undefined) {
      committeeId = committeeNamed(values.committee as string, context) ?? null
      if (!committeeId) issues.push({ field: 'committee', code: 'committee_unknown' })
    }
    const approvedOn = (values.approvedOn as TLedgerDate | undefined)?.value
    const parsed = ZSubsidyRollRow.safeParse({
      coveredPeople: values.coveredPeople,
      perCapitaIncome: values.perCapitaIncome,
      monthlyAmount: values.monthlyAmount,
      approvedOn,
      hardshipReason: values.hardshipReason,
      certificateNumber: values.certificateNumber,
    })
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '') as TRollField
        if (!issues.some((i) => i.field === key))
          issues.push({ field: key, code: issueCode(issue) })
      }
    if (issues.length || !parsed.success || !idNumber || !name) return { ok: false, issues }
    const fromMonth = firstPaidMonth(parsed.data.approvedOn)
    const warning = amountWarning(parsed.data, fromMonth, context.standards)
    const record: TRollRecord = {
      idNumber,
      name,
      committeeId,
      row: parsed.data,
      fromMonth,
      notes: (values.notes as string | undefined) || null,
    }
    return warning ? { ok: true, record, warnings: [warning] } : { ok: true, record }
  },
  totals: {
    add: (sums, record) => {
      sums.households = (sums.households ?? 0) + 1
      sums.coveredPeople = (sums.coveredPeople ?? 0) + record.row.coveredPeople
      sums.amountFen = (sums.amountFen ?? 0) + record.row.monthlyAmount
    },
    check: (totals, { households: rows = 0, coveredPeople = 0, amountFen = 0 }) => {
      const issues: TBuildIssue<TRollField>[] = []
      const sums = { households: rows, coveredPeople, amountFen }
      const covered = totals.values.coveredPeople
      if (typeof covered === 'number' && covered !== sums.coveredPeople)
        issues.push({
          field: 'coveredPeople',
          code: 'subsidy_roll_total_mismatch',
          message: `合计行的保障人数为 ${covered} 人，各行之和为 ${sums.coveredPeople} 人（无法读出的行不计）`,
        })
      const amount = parseYuan(String(totals.values.monthlyAmount ?? ''))
      if (amount.ok && amount.value !== sums.amountFen)
        issues.push({
          field: 'monthlyAmount',
          code: 'subsidy_roll_total_mismatch',
          message: `合计行的月保障金额为 ${yuan(amount.value)} 元，各行之和为 ${yuan(sums.amountFen)} 元（无法读出的行不计）`,
        })
      // `合计：112户`, or `112户` in the name column.
      const households = /(\d+)\s*户/.exec(toHalfWidth(totals.texts.join(' ')))
      if (households && Number(households[1]) !== sums.households)
        issues.push({
          field: null,
          code: 'subsidy_roll_total_mismatch',
          message: `合计行为 ${households[1]} 户，各数据行为 ${sums.households} 户`,
        })
      return issues
    },
  },
}

/** The roll as the import engine runs it (registered in src/ledger-types.ts). */
export const subsidyRollImport = {
  ledger: subsidyRollLedger,
  permission: 'subsidy:write',
  context: async (db, actor, options): Promise<TRollContext> => ({
    ...(await peopleContext(db, actor, options)),
    standards: await readStandards(db),
  }),
  writer: subsidyRollWriter,
} satisfies TRegisteredLedger<TRollField, TRollRecord, TRollContext>

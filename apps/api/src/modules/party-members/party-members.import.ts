import { memberCategoryLabels, memberStatusLabels } from '@cr/shared/party/party-codes'
import type { TMemberCategory, TMemberStatus } from '@cr/shared/party/party-codes'
import { parseYuan } from '@cr/shared/party/money'
import { checkPartyStages } from '@cr/shared/party/party-standing'
import { toHalfWidth } from '@cr/shared/validators/phone'
import { cellText, type TCell } from '../../imports/cells.ts'
import type { TBuildIssue, TFieldDef, TLedgerType, TNormalised } from '../../imports/ledger-type.ts'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import { labelField } from '../../imports/normalise-code.ts'
import { dateField, monthField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { freeText, plainText } from '../../imports/normalise-text.ts'
import {
  buildPerson,
  peopleContext,
  personFields,
  type TLedgerPerson,
  type TPeopleContext,
} from '../residents/people.import.ts'
import { partyRosterWriter } from './party-members.import-write.ts'

/**
 * The party roster (党员花名册) as offices keep it: 序号, 姓名, 性别, 民族, 公民身份号码, 出生年月,
 * 文化程度, 所在党支部, 党员状态, 入党时间, 转正时间, 党员类别, 党费交至, 联系电话, 家庭住址, 备注. The person
 * columns are the people face's (residents/people.import.ts: same synonyms, same checks, same
 * masking); a person not yet in the registry is registered. The branch is matched by name in the organisation tree — an unknown
 * name is a row error, never a new branch.
 */

const personKeys = [
  'name',
  'idNumber',
  'sex',
  'birthDate',
  'ethnicity',
  'education',
  'phone',
  'committee',
] as const
type TRosterPersonField = (typeof personKeys)[number] | 'homeAddress'
type TRosterField =
  | TRosterPersonField
  | 'branch'
  | 'status'
  | 'joinedOn'
  | 'fullMembershipOn'
  | 'memberCategory'
  | 'duesPaidThrough'
  | 'duesStandard'
  | 'notes'

const labelled = <V extends string>(
  labels: Readonly<Record<V, { zh: string }>>,
  aliases: Readonly<Record<string, V>>,
) => {
  const of = labelField(labels, aliases)
  return (cell: TCell) => {
    const value = of(cellText(cell))
    return value
      ? { ok: true as const, value }
      : { ok: false as const, code: 'code_unknown' as const }
  }
}

const statusAliases: Record<string, TMemberStatus> = {
  正式: 'full',
  预备: 'probationary',
  正式党员: 'full',
  预备党员: 'probationary',
}
const categoryAliases: Record<string, TMemberCategory> = {
  直管: 'direct',
  直管党员: 'direct',
  在职党员: 'reporting',
  报到党员: 'reporting',
  居民党员: 'reporting',
  在职党员报到: 'reporting',
  流动: 'floating',
  流动党员: 'floating',
  驻区单位: 'resident_unit',
  驻区单位党员: 'resident_unit',
}

const field = (def: TFieldDef<TRosterField>) => def

/** 每月党费 as rosters write it (`48`, `48.00`, `48元`, `￥48.00`, a number cell), in 分. */
const monthlyDues = (cell: TCell): TNormalised<number> => {
  const parsed = parseYuan(
    typeof cell === 'number'
      ? cell
      : toHalfWidth(cellText(cell))
          .replace(/^[￥¥]|元$/g, '')
          .trim(),
  )
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, code: parsed.error }
}

export const rosterFields: readonly TFieldDef<TRosterField>[] = [
  ...personFields(personKeys, {
    birthDate: { label: '出生年月', synonyms: ['出生日期', '出生年月日', '出生时间'] },
  }),
  field({
    key: 'branch',
    label: '所在党支部',
    synonyms: ['党支部', '所属支部', '所属党支部', '支部', '支部名称', '所在支部'],
    requiredColumn: true,
    hint: '必填；与系统中党组织的名称一致',
    normalise: plainText,
  }),
  field({
    key: 'status',
    label: '党员状态',
    synonyms: ['人员类别', '党员身份', '正式/预备'],
    hint: '正式 或 预备',
    choices: Object.values(memberStatusLabels).map((l) => l.zh),
    normalise: labelled(memberStatusLabels, statusAliases),
  }),
  field({
    key: 'joinedOn',
    label: '入党时间',
    synonyms: ['入党日期', '入党年月'],
    requiredColumn: true,
    hint: '必填；支部大会通过的日期，如 1995-07-01',
    normalise: dateField(false),
  }),
  field({
    key: 'fullMembershipOn',
    label: '转正时间',
    synonyms: ['转正日期', '转正年月'],
    hint: '正式党员必填',
    normalise: dateField(false),
  }),
  field({
    key: 'memberCategory',
    label: '党员类别',
    synonyms: ['党员类型'],
    choices: Object.values(memberCategoryLabels).map((l) => l.zh),
    normalise: labelled(memberCategoryLabels, categoryAliases),
  }),
  field({
    key: 'duesPaidThrough',
    label: '党费交至',
    synonyms: ['党费缴至', '党费交纳至', '党费已交至', '党费缴纳至', '交费至'],
    hint: '党费已交清的最后一个月，如 2026-10；此月及以前不计欠交',
    normalise: monthField,
  }),
  field({
    key: 'duesStandard',
    label: '每月党费',
    synonyms: [
      '党费标准',
      '月缴党费',
      '月交党费',
      '月党费',
      '每月应交党费',
      '应交党费',
      '缴纳标准',
      '交纳标准',
      '党费（元/月）',
      '党费(元/月)',
    ],
    hint: '每月应交的党费，元，如 48.00；不填为未核定，请在党员信息中核定',
    normalise: monthlyDues,
  }),
  ...personFields(['homeAddress'], {
    homeAddress: { hint: '记入备注；尚未登记的人按住址找到所在居委会，住址请在居民台账中维护' },
  }),
  field({ key: 'notes', label: '备注', synonyms: [], normalise: freeText }),
]

export type TRosterRecord = TLedgerPerson & {
  member: {
    branchName: string
    status: TMemberStatus
    joinedOn: string
    fullMembershipOn: string | null
    category: TMemberCategory
    /** 党费交至 the roster states: the months up to it owe nothing here. */
    duesPaidThrough: string | null
    /** 每月党费 the roster states, in 分; null when it states none (not yet set: 0). */
    duesStandardFen: number | null
    notes: string | null
  }
}

type TValues = Partial<Record<TRosterField, unknown>>
const day = (value: unknown) => (value as TLedgerDate | undefined)?.value

export const partyRosterLedger: TLedgerType<TRosterField, TRosterRecord, TPeopleContext> & {
  naturalKey: { field: 'idNumber'; of: (r: TRosterRecord) => string }
} = {
  type: 'party-members',
  label: '党员花名册',
  fields: rosterFields,
  naturalKey: { field: 'idNumber', of: (r) => r.resident.idNumber },
  build: (values: TValues, context) => {
    // The roster's 备注 is the member's, not the person's: only the person columns go in.
    const person = buildPerson(
      {
        name: values.name,
        idNumber: values.idNumber,
        sex: values.sex,
        birthDate: values.birthDate,
        ethnicity: values.ethnicity,
        education: values.education,
        phone: values.phone,
        committee: values.committee,
        homeAddress: values.homeAddress,
      },
      context,
      // A committee only for people not registered yet; without one, their 家庭住址 places them.
      'new people',
    )
    const issues: TBuildIssue<TRosterField>[] = person.issues
    const joinedOn = day(values.joinedOn)
    const fullMembershipOn = day(values.fullMembershipOn) ?? null
    // Without a status column, a 转正 date says 正式.
    const status =
      (values.status as TMemberStatus | undefined) ?? (fullMembershipOn ? 'full' : 'probationary')
    if (!values.branch) issues.push({ field: 'branch', code: 'required' })
    if (!joinedOn) issues.push({ field: 'joinedOn', code: 'required' })
    if (status === 'full' && !fullMembershipOn)
      issues.push({ field: 'fullMembershipOn', code: 'party_full_membership_date_required' })
    if (joinedOn && status === 'full' && fullMembershipOn) {
      const stages = checkPartyStages({ joinedOn, fullMembershipOn })
      if (!stages.ok) issues.push({ field: 'fullMembershipOn', code: stages.error })
    }
    if (!person.ok || issues.length || !joinedOn) return { ok: false, issues }
    const address = values.homeAddress as string | undefined
    const notes = [address ? `家庭住址：${address}` : null, values.notes as string | undefined]
      .filter(Boolean)
      .join('；')
    return {
      ok: true,
      record: {
        ...person.person,
        member: {
          branchName: values.branch as string,
          status,
          joinedOn,
          fullMembershipOn: status === 'full' ? fullMembershipOn : null,
          category: (values.memberCategory as TMemberCategory | undefined) ?? 'direct',
          duesPaidThrough: (values.duesPaidThrough as string | undefined) ?? null,
          duesStandardFen: (values.duesStandard as number | undefined) ?? null,
          notes: notes || null,
        },
      },
    }
  },
}

/** The roster as the import engine runs it (registered in src/ledger-types.ts). */
export const partyRosterImport = {
  ledger: partyRosterLedger,
  permission: 'party:write',
  context: peopleContext,
  writer: partyRosterWriter,
} satisfies TRegisteredLedger<TRosterField, TRosterRecord, TPeopleContext>

import { ZCoBuildingAgreementCreate, ZCoBuildingUnitCreate } from '@cr/shared/party/co-building'
import type { z } from 'zod'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import type { TBuildIssue, TFieldDef, TLedgerType } from '../../imports/ledger-type.ts'
import { dateField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { freeText, phoneText, plainText } from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import { coBuildingWriter } from './co-building.import-write.ts'

/**
 * The co-building units ledger (共建单位台账) as a 党工委 keeps it: one row per resident unit
 * (驻区单位) — its name, its party branch, the agreement signed with it (when, until when, what
 * it covers), a contact — headed in as many ways as offices head it. A unit is matched by its
 * name; the agreement goes in with a new unit (and, when updating, beside an existing one
 * unless one signed the same day is there). Written by party administrators only
 * (`party:admin`), as the units themselves are. The contact is an organisation's: its phone
 * stays plain (ARCHITECTURE.md, Personal data). Registered in `src/ledger-types.ts`.
 */

export type TCoBuildingField =
  | 'name'
  | 'partyBranchName'
  | 'signedOn'
  | 'termEnd'
  | 'commitments'
  | 'contactName'
  | 'contactPhone'
  | 'address'
  | 'notes'

const field = (def: TFieldDef<TCoBuildingField>) => def

export const coBuildingFields: readonly TFieldDef<TCoBuildingField>[] = [
  field({
    key: 'name',
    label: '共建单位',
    synonyms: [
      '共建单位名称',
      '驻区单位',
      '驻区单位名称',
      '单位名称',
      '共建单位全称',
      '结对单位',
      '结对共建单位',
      '单位',
    ],
    requiredColumn: true,
    hint: '必填；与系统中已有的共建单位同名时视为同一单位',
    normalise: plainText,
  }),
  field({
    key: 'partyBranchName',
    label: '单位党组织',
    synonyms: [
      '党组织名称',
      '单位党组织名称',
      '共建党组织',
      '单位党支部',
      '共建党支部',
      '党支部',
      '所属党组织',
      '党组织',
    ],
    normalise: plainText,
  }),
  field({
    key: 'signedOn',
    label: '签订日期',
    synonyms: [
      '签订时间',
      '签约日期',
      '签约时间',
      '协议签订日期',
      '协议签订时间',
      '共建协议签订时间',
      '签订协议时间',
      '共建时间',
      '结对时间',
    ],
    hint: '有协议时必填，如 2024-03-01',
    normalise: dateField(false),
  }),
  field({
    key: 'termEnd',
    label: '协议期限至',
    synonyms: ['协议到期', '到期日期', '到期时间', '截止日期', '有效期至', '期限至', '协议期限'],
    hint: '可不填（长期）',
    normalise: dateField(false),
  }),
  field({
    key: 'commitments',
    label: '共建内容',
    synonyms: [
      '共建项目',
      '共建事项',
      '协议内容',
      '共建协议内容',
      '主要内容',
      '共建承诺',
      '服务内容',
      '共建内容及措施',
    ],
    hint: '有协议时必填',
    normalise: freeText,
  }),
  field({
    key: 'contactName',
    label: '联系人',
    synonyms: ['负责人', '单位联系人', '联络人'],
    normalise: plainText,
  }),
  field({
    key: 'contactPhone',
    label: '联系电话',
    synonyms: ['联系方式', '电话', '手机', '电话号码', '联系人电话'],
    normalise: phoneText,
  }),
  field({
    key: 'address',
    label: '单位地址',
    synonyms: ['地址', '办公地址', '驻地'],
    normalise: plainText,
  }),
  field({ key: 'notes', label: '备注', synonyms: [], normalise: freeText }),
]

export type TCoBuildingRecord = {
  unit: z.output<typeof ZCoBuildingUnitCreate>
  /** The agreement the row gives (a date signed and what it covers), or null for none. */
  agreement: z.output<typeof ZCoBuildingAgreementCreate> | null
}

type TValues = Partial<Record<TCoBuildingField, unknown>>
const day = (value: unknown) => (value as TLedgerDate | undefined)?.value

const issuesOf = (error: z.ZodError): TBuildIssue<TCoBuildingField>[] =>
  error.issues.map((issue) => ({
    field: String(issue.path[0] ?? 'name') as TCoBuildingField,
    code: issueCode(issue),
  }))

export const coBuildingLedger: TLedgerType<TCoBuildingField, TCoBuildingRecord, unknown> & {
  naturalKey: { field: 'name'; of: (r: TCoBuildingRecord) => string }
} = {
  type: 'co-building-units',
  label: '共建单位',
  fields: coBuildingFields,
  naturalKey: { field: 'name', of: (r) => r.unit.name },
  build: (values: TValues) => {
    const issues: TBuildIssue<TCoBuildingField>[] = []
    const unit = ZCoBuildingUnitCreate.safeParse({
      name: values.name ?? '',
      partyBranchName: values.partyBranchName,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      address: values.address,
      notes: values.notes,
    })
    if (!unit.success) issues.push(...issuesOf(unit.error))
    const given = [values.signedOn, values.termEnd, values.commitments].some((v) => v !== undefined)
    let agreement: TCoBuildingRecord['agreement'] = null
    if (given) {
      const parsed = ZCoBuildingAgreementCreate.safeParse({
        signedOn: day(values.signedOn),
        termEnd: day(values.termEnd),
        commitments: values.commitments,
      })
      if (parsed.success) agreement = parsed.data
      else issues.push(...issuesOf(parsed.error))
    }
    if (!unit.success || issues.length) return { ok: false, issues }
    return { ok: true, record: { unit: unit.data, agreement } }
  },
}

/** The co-building ledger as the import engine runs it (registered in src/ledger-types.ts). */
export const coBuildingImport = {
  ledger: coBuildingLedger,
  // Co-building units are kept by party administrators (ARCHITECTURE.md, Party data scope).
  permission: 'party:admin',
  context: async () => ({}),
  writer: coBuildingWriter,
} satisfies TRegisteredLedger<TCoBuildingField, TCoBuildingRecord, unknown>

import type { TAddressParts } from '@cr/shared/places/address-text'
import { rentalUseLabels, type TRentalUse } from '@cr/shared/rentals/rental-codes'
import {
  ZContractNumber,
  ZRentalContractCancel,
  ZRentalContractCreate,
} from '@cr/shared/rentals/rental-contract'
import { toHalfWidth } from '@cr/shared/validators/phone'
import { cellText, type TCell } from '../../imports/cells.ts'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import type { TBuildIssue, TFieldDef, TLedgerType, TNormalised } from '../../imports/ledger-type.ts'
import { labelField } from '../../imports/normalise-code.ts'
import { dateField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { periodField, type TLedgerPeriod } from '../../imports/normalise-period.ts'
import { freeText, plainText } from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import {
  buildPerson,
  peopleContext,
  personFields,
  type TLedgerPerson,
  type TPeopleContext,
} from '../residents/people.import.ts'
import { rentalContractsWriter } from './rental-contracts.import-write.ts'
import {
  buildPlace,
  placeFields,
  splitAddressGroup,
  type TPlaceField,
} from './rentals.import-places.ts'

/**
 * The contract ledger (出租房屋台账 / 治安责任书台账) as a 派出所 or a 社区 keeps it: one row per
 * signed 治安责任（保证）书 — its number, the dwelling (one cell such as `永兴路3号楼2单元301`, or
 * split columns), the landlord (房主 / 出租人 / 房东 / 业主: name, ID number, phone), the use,
 * the monthly rent, the lease (one cell `2024.1.1-2024.12.31` or two columns), the signing
 * date. A row places the dwelling (rentals.import-places.ts), registers or finds the rental
 * property (one live per dwelling) and adds the contract; the landlord is found by the ID
 * number's blind index or registered as living elsewhere (ARCHITECTURE.md, People in ledgers).
 * A contract whose number is already registered is left as it is: a re-import changes nothing.
 * Registered in `src/ledger-types.ts`.
 */

const personKeys = ['name', 'idNumber', 'phone', 'committee'] as const
type TLandlordField = (typeof personKeys)[number]
export type TContractField =
  | TLandlordField
  | TPlaceField
  | 'number'
  | 'use'
  | 'monthlyRent'
  | 'leasePeriod'
  | 'leaseStartsOn'
  | 'leaseEndsOn'
  | 'signedOn'
  | 'cancelledOn'
  | 'cancelReason'
  | 'notes'

const field = (def: TFieldDef<TContractField>) => def

const useAliases: Record<string, TRentalUse> = {
  住宅: 'residential',
  住房: 'residential',
  居住用: 'residential',
  自住: 'residential',
  出租居住: 'residential',
  商用: 'business',
  商铺: 'business',
  门市: 'business',
  门面: 'business',
  门头房: 'business',
  经营用: 'business',
  办公: 'business',
  生产用: 'production',
  厂房: 'production',
  加工: 'production',
  仓库: 'storage',
  库房: 'storage',
  仓储用: 'storage',
  其它: 'other',
}
const useOf = labelField(rentalUseLabels, useAliases)
const use = (cell: TCell): TNormalised<TRentalUse> => {
  const value = useOf(cellText(cell))
  return value ? { ok: true, value } : { ok: false, code: 'code_unknown' }
}

/** 月租金 as ledgers write it (`1500`, `1500.00`, `1,500元`, `￥1500`, a number cell), in 元. */
export const yuan = (cell: TCell): TNormalised<string> => {
  const text =
    typeof cell === 'number'
      ? String(Math.round(cell * 100) / 100)
      : toHalfWidth(cellText(cell))
          .normalize('NFKC')
          .replace(/[\s,，]/g, '')
          .replace(/^[￥¥]|元(\/月|每月)?$/g, '')
  return /^\d{1,8}(\.\d{1,2})?$/.test(text)
    ? { ok: true, value: text }
    : { ok: false, code: 'rent_invalid' }
}

export const contractFields: readonly TFieldDef<TContractField>[] = [
  field({
    key: 'number',
    label: '责任书编号',
    synonyms: [
      '编号',
      '治安责任书编号',
      '治安责任保证书编号',
      '保证书编号',
      '责任书号',
      '合同号',
      '合同编号',
      '租赁合同编号',
      '协议编号',
      '协议号',
      '备案编号',
      '出租房屋编号',
    ],
    requiredColumn: true,
    hint: '必填；与系统中已有的编号相同时视为同一份责任书，不再导入',
    normalise: plainText,
  }),
  ...personFields(['committee'], {
    committee: { hint: '可不填：按责任书地址中系统已有的楼栋确定居委会' },
  }),
  ...placeFields({
    label: '房屋地址',
    synonyms: [
      '出租房屋地址',
      '租赁房屋地址',
      '出租屋地址',
      '出租地址',
      '房屋坐落',
      '房屋座落',
      '坐落',
      '座落',
      '房屋位置',
      '出租房屋坐落',
      '出租房屋位置',
      '地址',
      '详细地址',
      '房屋详细地址',
      '出租房屋详细地址',
      '门牌地址',
      '标准地址',
      '房屋门牌号',
    ],
    hint: '如 永兴路3号楼2单元301 或 永兴路3-2-301；也可分列填写街路巷、楼号、单元、室号',
  }),
  ...personFields(
    personKeys.filter((k) => k !== 'committee'),
    {
      name: {
        label: '出租人',
        synonyms: [
          '出租人姓名',
          '房主',
          '房主姓名',
          '房东',
          '房东姓名',
          '业主',
          '业主姓名',
          '产权人',
          '产权人姓名',
          '房屋所有人',
          '所有权人',
          '姓名',
        ],
        hint: '必填；房主、房东或业主',
      },
      idNumber: {
        label: '出租人身份证号',
        synonyms: [
          '出租人身份证号码',
          '出租人身份证',
          '出租人公民身份号码',
          '房主身份证号',
          '房主身份证号码',
          '房东身份证号',
          '房东身份证号码',
          '业主身份证号',
          '业主身份证号码',
          '产权人身份证号',
          '产权人身份证号码',
          '身份证号',
          '身份证号码',
          '公民身份号码',
          '证件号码',
          '身份证',
        ],
      },
      phone: {
        label: '出租人联系电话',
        synonyms: [
          '出租人电话',
          '出租人手机',
          '房主电话',
          '房主联系电话',
          '房东电话',
          '房东联系电话',
          '业主电话',
          '业主联系电话',
          '联系电话',
          '电话',
          '手机',
          '手机号码',
          '联系方式',
        ],
      },
    },
  ),
  field({
    key: 'use',
    label: '房屋用途',
    synonyms: [
      '用途',
      '出租用途',
      '租赁用途',
      '出租房屋用途',
      '使用性质',
      '房屋使用性质',
      '房屋性质',
    ],
    hint: '居住、经营、生产、仓储 或 其他；不填为居住',
    choices: Object.values(rentalUseLabels).map((l) => l.zh),
    normalise: use,
  }),
  field({
    key: 'monthlyRent',
    label: '月租金（元）',
    synonyms: ['月租金', '租金', '月租', '每月租金', '月租金额', '租金标准', '租金（元/月）'],
    hint: '元，如 1500',
    normalise: yuan,
  }),
  field({
    key: 'leasePeriod',
    template: false,
    label: '租赁起止',
    synonyms: [
      '租赁起止日期',
      '租赁起止时间',
      '租赁期限',
      '租赁期',
      '租赁期间',
      '租期',
      '租赁时间',
      '出租期限',
      '出租起止时间',
      '承租期限',
      '起止日期',
      '起止时间',
      '合同期限',
      '合同起止日期',
    ],
    hint: '如 2024.1.1-2024.12.31（也可分两列：租赁开始日期、租赁结束日期）',
    normalise: periodField,
  }),
  field({
    key: 'leaseStartsOn',
    label: '租赁开始日期',
    hint: '必填，如 2024-01-01（也可在一列“租赁起止”中写 2024.1.1-2024.12.31）',
    synonyms: [
      '起租日期',
      '起租时间',
      '租赁起始日期',
      '租赁起始时间',
      '租赁开始时间',
      '租期开始',
      '租期起',
      '起始日期',
      '开始日期',
      '合同开始日期',
    ],
    normalise: dateField(false),
  }),
  field({
    key: 'leaseEndsOn',
    label: '租赁结束日期',
    hint: '必填，如 2024-12-31',
    synonyms: [
      '租赁截止日期',
      '租赁到期日期',
      '租赁终止日期',
      '租赁结束时间',
      '租赁到期时间',
      '租期截止',
      '租期结束',
      '租期止',
      '到期日期',
      '到期时间',
      '截止日期',
      '结束日期',
      '合同到期日期',
    ],
    normalise: dateField(false),
  }),
  field({
    key: 'signedOn',
    label: '签订日期',
    synonyms: [
      '签订时间',
      '签约日期',
      '签约时间',
      '签署日期',
      '签字日期',
      '责任书签订日期',
      '责任书签订时间',
      '签订责任书日期',
      '备案日期',
    ],
    hint: '不填按租赁开始日期',
    normalise: dateField(false),
  }),
  field({
    key: 'cancelledOn',
    label: '注销日期',
    synonyms: ['注销时间', '注销登记日期', '责任书注销日期'],
    hint: '已注销的责任书填写，并填写注销原因',
    normalise: dateField(false),
  }),
  field({
    key: 'cancelReason',
    label: '注销原因',
    synonyms: ['注销理由', '注销情况'],
    normalise: plainText,
  }),
  field({ key: 'notes', label: '备注', synonyms: [], normalise: freeText }),
]

export type TContractRecord = TLedgerPerson & {
  place: TAddressParts
  use: TRentalUse
  contract: {
    number: string
    signedOn: string
    leaseStartsOn: string
    leaseEndsOn: string
    monthlyRent: string | null
    notes: string | null
    /** 已注销: the day and the reason, as `/cancel` records them. */
    cancelledOn: string | null
    cancelReason: string | null
  }
}

type TValues = Partial<Record<TContractField, unknown>>
const day = (value: unknown) => (value as TLedgerDate | undefined)?.value

export const rentalContractsLedger: TLedgerType<TContractField, TContractRecord, TPeopleContext> & {
  naturalKey: { field: 'number'; of: (r: TContractRecord) => string }
} = {
  type: 'rental-contracts',
  label: '出租房屋治安责任书',
  fields: contractFields,
  columnGroups: [splitAddressGroup],
  naturalKey: { field: 'number', of: (r) => r.contract.number },
  build: (values: TValues, context) => {
    // A landlord needs a committee only when new: the dwelling's, found in the check.
    const person = buildPerson(
      {
        name: values.name,
        idNumber: values.idNumber,
        phone: values.phone,
        committee: values.committee,
      },
      context,
      'new people',
    )
    const issues: TBuildIssue<TContractField>[] = person.issues
    const placeIssues: TBuildIssue<TPlaceField>[] = []
    const place = buildPlace(values, placeIssues)
    issues.push(...placeIssues)
    if (!place && !placeIssues.length) issues.push({ field: 'address', code: 'required' })

    const number = ZContractNumber.safeParse(values.number ?? '')
    if (!number.success) issues.push({ field: 'number', code: issueCode(number.error.issues[0]!) })
    const period = values.leasePeriod as TLedgerPeriod | undefined
    const leaseStartsOn = day(values.leaseStartsOn) ?? period?.start
    const leaseEndsOn = day(values.leaseEndsOn) ?? period?.end
    // A lease date's problem is said at its own column when the row gives it, else at the
    // one-cell period (blank or unreadable there: said once).
    const leaseField = (k: 'leaseStartsOn' | 'leaseEndsOn'): TContractField =>
      values[k] !== undefined ? k : 'leasePeriod'
    const lease = ZRentalContractCreate.safeParse({
      propertyId: '00000000-0000-7000-8000-000000000000',
      number: number.success ? number.data : null,
      signedOn: day(values.signedOn) ?? leaseStartsOn,
      leaseStartsOn,
      leaseEndsOn,
      monthlyRent: values.monthlyRent,
      notes: values.notes,
    })
    if (!lease.success)
      for (const issue of lease.error.issues) {
        const key = String(issue.path[0] ?? '')
        const at: TContractField =
          key === 'leaseStartsOn' || key === 'leaseEndsOn'
            ? leaseField(key)
            : key === 'signedOn' && values.signedOn === undefined
              ? leaseField('leaseStartsOn')
              : (key as TContractField)
        if (!issues.some((i) => i.field === at)) issues.push({ field: at, code: issueCode(issue) })
      }
    // A cancelled contract (注销): the day and the reason together, not before the signing.
    let cancel: { cancelledOn: string; reason: string } | null = null
    if (values.cancelledOn !== undefined || values.cancelReason !== undefined) {
      const parsed = ZRentalContractCancel.safeParse({
        cancelledOn: day(values.cancelledOn),
        reason: values.cancelReason,
      })
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          issues.push({
            field: issue.path[0] === 'reason' ? 'cancelReason' : 'cancelledOn',
            code: issueCode(issue),
          })
      else if (lease.success && parsed.data.cancelledOn < lease.data.signedOn)
        issues.push({ field: 'cancelledOn', code: 'rental_cancel_before_signing' })
      else cancel = parsed.data
    }
    if (!person.ok || issues.length || !lease.success || !place || !number.success)
      return { ok: false, issues }
    return {
      ok: true,
      record: {
        ...person.person,
        place,
        use: (values.use as TRentalUse | undefined) ?? 'residential',
        contract: {
          number: number.data,
          signedOn: lease.data.signedOn,
          leaseStartsOn: lease.data.leaseStartsOn,
          leaseEndsOn: lease.data.leaseEndsOn,
          monthlyRent: lease.data.monthlyRent,
          notes: lease.data.notes ?? null,
          cancelledOn: cancel?.cancelledOn ?? null,
          cancelReason: cancel?.reason ?? null,
        },
      },
    }
  },
}

/** The contract ledger as the import engine runs it (registered in src/ledger-types.ts). */
export const rentalContractsImport = {
  ledger: rentalContractsLedger,
  permission: 'registry:write',
  context: peopleContext,
  writer: rentalContractsWriter,
} satisfies TRegisteredLedger<TContractField, TContractRecord, TPeopleContext>

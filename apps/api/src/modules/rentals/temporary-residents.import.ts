import type { TAddressParts } from '@cr/shared/places/address-text'
import { residenceReasonLabels, type TResidenceReason } from '@cr/shared/rentals/rental-codes'
import { ZTemporaryResidentCreate } from '@cr/shared/rentals/temporary-resident'
import { ZContractNumber } from '@cr/shared/rentals/rental-contract'
import { cellText, type TCell } from '../../imports/cells.ts'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import type { TBuildIssue, TFieldDef, TLedgerType, TNormalised } from '../../imports/ledger-type.ts'
import { labelField } from '../../imports/normalise-code.ts'
import { dateField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { freeText, plainText } from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import {
  buildPerson,
  peopleContext,
  personFields,
  type TLedgerPerson,
  type TPeopleContext,
} from '../residents/people.import.ts'
import {
  buildPlace,
  placeFields,
  splitAddressGroup,
  type TPlaceField,
} from './rentals.import-places.ts'
import { temporaryResidentsWriter } from './temporary-residents.import-write.ts'

/**
 * The temporary-resident ledger (暂住人口 / 流动人口登记台账) as a 社区 or 派出所 keeps it: one row per
 * registered person — 姓名, 性别, 身份证号, 出生日期, 户籍地, where they stay (暂住地址: one cell
 * or split columns), why (暂住事由), 服务处所, the registration date (登记日期), the move-in date
 * when the ledger has one, the 责任书编号 of the contract they live under, the phone. A row is
 * placed by the contract it names (its dwelling and committee), else by its address
 * (rentals.import-places.ts); the person is found by the ID number's blind index or registered
 * as living here (暂住人口), and their registration is written with its events as the desk
 * registration writes it. A person already registered at that dwelling is left as is: a
 * re-import changes nothing. Registered in `src/ledger-types.ts`.
 */

const personKeys = ['name', 'sex', 'idNumber', 'birthDate', 'phone', 'committee'] as const
type TTenantPersonField = (typeof personKeys)[number]
export type TTemporaryField =
  | TTenantPersonField
  | TPlaceField
  | 'householdRegion'
  | 'reason'
  | 'employer'
  | 'declaredOn'
  | 'movedInOn'
  | 'contractNumber'
  | 'leftOn'
  | 'leaveReason'
  | 'notes'

const field = (def: TFieldDef<TTemporaryField>) => def

const reasonAliases: Record<string, TResidenceReason> = {
  打工: 'work',
  务工人员: 'work',
  工作: 'work',
  就业: 'work',
  从业: 'work',
  务农: 'work',
  劳务: 'work',
  建筑民工: 'work',
  企业临时工: 'work',
  服务: 'work',
  保姆: 'work',
  做生意: 'business',
  经营: 'business',
  个体经营: 'business',
  学习: 'study',
  上学: 'study',
  求学: 'study',
  读书: 'study',
  就读: 'study',
  借读: 'study',
  在校学生: 'study',
  投亲: 'family',
  靠友: 'family',
  投靠亲友: 'family',
  投亲访友: 'family',
  探亲: 'family',
  探亲访友: 'family',
  随迁: 'family',
  家属随迁: 'family',
  其它: 'other',
}
const reasonOf = labelField(residenceReasonLabels, reasonAliases)
const reason = (cell: TCell): TNormalised<TResidenceReason> => {
  const value = reasonOf(cellText(cell))
  return value ? { ok: true, value } : { ok: false, code: 'code_unknown' }
}

export const temporaryResidentFields: readonly TFieldDef<TTemporaryField>[] = [
  ...personFields(personKeys, {
    name: {
      synonyms: ['暂住人员姓名', '暂住人姓名', '流动人口姓名', '承租人', '承租人姓名', '人员姓名'],
    },
    idNumber: {
      synonyms: [
        '身份证号码',
        '公民身份号码',
        '公民身份证号码',
        '身份证件号码',
        '证件号码',
        '身份证',
        '暂住人身份证号',
      ],
    },
    phone: { label: '联系电话', synonyms: ['电话', '手机', '手机号码', '电话号码', '联系方式'] },
    committee: {
      hint: '可不填：按责任书编号或暂住地址中系统已有的楼栋确定居委会',
    },
  }),
  field({
    key: 'householdRegion',
    label: '户籍地',
    synonyms: [
      '户籍地址',
      '户籍所在地',
      '户籍所在地址',
      '户籍地详址',
      '户籍住址',
      '户口所在地',
      '户口地址',
      '常住户口所在地',
      '常住户口所在地址',
    ],
    hint: '可不填：按身份证号确定',
    normalise: plainText,
  }),
  ...placeFields({
    label: '暂住地址',
    synonyms: [
      '暂住处所',
      '暂住场所',
      '暂住地',
      '暂住住址',
      '暂住地详址',
      '暂住房屋地址',
      '现住址',
      '现住地址',
      '现居住地址',
      '居住地址',
      '居住地',
      '居住处所',
      '实际居住地址',
      '租住地址',
      '房屋地址',
    ],
    hint: '有责任书编号时可不填；如 永兴路3号楼2单元301 或 永兴路3-2-301',
  }),
  field({
    key: 'reason',
    label: '暂住事由',
    synonyms: [
      '事由',
      '来由',
      '暂住原因',
      '暂住理由',
      '居住事由',
      '来本地事由',
      '来本地原因',
      '来此事由',
      '流入原因',
    ],
    hint: '务工、经商、就学、投亲靠友 或 其他；不填为其他',
    choices: Object.values(residenceReasonLabels).map((l) => l.zh),
    normalise: reason,
  }),
  field({
    key: 'employer',
    label: '服务处所',
    synonyms: ['工作单位', '务工单位', '就业单位', '服务单位', '就读学校', '工作单位或学校'],
    normalise: plainText,
  }),
  field({
    key: 'movedInOn',
    label: '入住日期',
    synonyms: [
      '入住时间',
      '来本地日期',
      '来本地时间',
      '来本市日期',
      '来本市时间',
      '来此日期',
      '暂住日期',
      '暂住起始日期',
      '居住起始日期',
      '起住日期',
      '流入日期',
      '流入时间',
      '到达日期',
      '到达时间',
      '到达暂住地日期',
      '到达本地日期',
    ],
    hint: '不填按登记日期',
    normalise: dateField(false),
  }),
  field({
    key: 'declaredOn',
    label: '登记日期',
    synonyms: [
      '登记时间',
      '申报日期',
      '申报时间',
      '申报登记日期',
      '暂住登记日期',
      '登记申报日期',
      '填报日期',
    ],
    requiredColumn: true,
    hint: '必填：暂住登记（申报）的日期',
    normalise: dateField(false),
  }),
  field({
    key: 'contractNumber',
    label: '责任书编号',
    synonyms: [
      '治安责任书编号',
      '治安责任保证书编号',
      '保证书编号',
      '责任书号',
      '合同编号',
      '合同号',
      '租赁合同编号',
    ],
    hint: '租住出租房屋时填写，与出租房屋台账中的编号一致',
    normalise: plainText,
  }),
  field({
    key: 'leftOn',
    label: '注销日期',
    synonyms: [
      '注销时间',
      '离开日期',
      '离开时间',
      '搬离日期',
      '搬离时间',
      '迁出日期',
      '流出日期',
      '流出时间',
    ],
    hint: '已离开（注销）的人填写',
    normalise: dateField(false),
  }),
  field({
    key: 'leaveReason',
    label: '注销原因',
    synonyms: ['离开原因', '流出原因', '搬离原因', '注销理由'],
    normalise: plainText,
  }),
  field({ key: 'notes', label: '备注', synonyms: [], normalise: freeText }),
]

export type TTemporaryRecord = TLedgerPerson & {
  place: TAddressParts | null
  contractNumber: string | null
  registration: {
    householdRegion: string | null
    reason: TResidenceReason
    employer: string | null
    movedInOn: string
    declaredOn: string
    notes: string | null
    /** 注销: the day they left and why, as `/leave` records them. */
    leftOn: string | null
    leaveReason: string | null
  }
}

type TValues = Partial<Record<TTemporaryField, unknown>>
const day = (value: unknown) => (value as TLedgerDate | undefined)?.value

export const temporaryResidentsLedger: TLedgerType<
  TTemporaryField,
  TTemporaryRecord,
  TPeopleContext
> & {
  naturalKey: { field: 'idNumber'; of: (r: TTemporaryRecord) => string }
} = {
  type: 'temporary-residents',
  label: '暂住人口',
  fields: temporaryResidentFields,
  columnGroups: [splitAddressGroup],
  naturalKey: { field: 'idNumber', of: (r) => r.resident.idNumber },
  build: (values: TValues, context) => {
    const person = buildPerson(
      {
        name: values.name,
        sex: values.sex,
        idNumber: values.idNumber,
        birthDate: values.birthDate,
        phone: values.phone,
        committee: values.committee,
      },
      context,
      'new people',
    )
    const issues: TBuildIssue<TTemporaryField>[] = person.issues
    const placeIssues: TBuildIssue<TPlaceField>[] = []
    const place = buildPlace(values, placeIssues)
    issues.push(...placeIssues)
    let contractNumber: string | null = null
    if (values.contractNumber !== undefined) {
      const number = ZContractNumber.safeParse(values.contractNumber)
      if (number.success) contractNumber = number.data
      else issues.push({ field: 'contractNumber', code: issueCode(number.error.issues[0]!) })
    }
    if (!place && !placeIssues.length && values.contractNumber === undefined)
      issues.push({ field: 'address', code: 'temporary_resident_unplaced' })

    const declaredOn = day(values.declaredOn)
    const registration = ZTemporaryResidentCreate.safeParse({
      person: { residentId: '00000000-0000-7000-8000-000000000000' },
      propertyId: '00000000-0000-7000-8000-000000000000',
      householdRegion: values.householdRegion,
      reason: values.reason ?? 'other',
      employer: values.employer,
      movedInOn: day(values.movedInOn) ?? declaredOn,
      declaredOn,
      notes: values.notes,
    })
    if (!declaredOn) issues.push({ field: 'declaredOn', code: 'required' })
    else if (!registration.success)
      for (const issue of registration.error.issues) {
        const key = String(issue.path[0] ?? '') as TTemporaryField
        if (!issues.some((i) => i.field === key))
          issues.push({ field: key, code: issueCode(issue) })
      }
    const leftOn = day(values.leftOn) ?? null
    if (leftOn === null && values.leaveReason !== undefined)
      issues.push({ field: 'leftOn', code: 'required' })
    if (leftOn && registration.success && leftOn < registration.data.movedInOn)
      issues.push({ field: 'leftOn', code: 'temporary_resident_date_before_move_in' })
    if (!person.ok || issues.length || !registration.success || !declaredOn)
      return { ok: false, issues }
    const record = person.person as TTemporaryRecord
    // A new person comes in as 暂住 (the category a blank column would default to 户籍 otherwise);
    // a registered person keeps theirs.
    record.resident.category = 'temporary'
    record.defaulted = record.defaulted.filter((k) => k !== 'category')
    record.place = place
    record.contractNumber = contractNumber
    record.registration = {
      householdRegion: registration.data.householdRegion ?? null,
      reason: registration.data.reason,
      employer: registration.data.employer ?? null,
      movedInOn: registration.data.movedInOn,
      declaredOn,
      notes: registration.data.notes ?? null,
      leftOn,
      leaveReason: (values.leaveReason as string | undefined) ?? null,
    }
    return { ok: true, record }
  },
}

/** The temporary-resident ledger as the import engine runs it (registered in src/ledger-types.ts). */
export const temporaryResidentsImport = {
  ledger: temporaryResidentsLedger,
  permission: 'registry:write',
  context: peopleContext,
  writer: temporaryResidentsWriter,
} satisfies TRegisteredLedger<TTemporaryField, TTemporaryRecord, TPeopleContext>

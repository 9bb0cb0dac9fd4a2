import { educationAliases, educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import { relationshipAliases, relationshipTable } from '@cr/shared/code-tables/relationship'
import { sexTable } from '@cr/shared/code-tables/sex'
import { ZBuildingCreate } from '@cr/shared/places/building'
import { ZDwellingCreate } from '@cr/shared/places/dwelling'
import { ZResidentCreate } from '@cr/shared/residents/resident'
import {
  populationCategoryLabels,
  residentTagLabels,
  type TPopulationCategory,
  type TResidentTag,
} from '@cr/shared/residents/resident-codes'
import { z } from 'zod'
import { cellText, type TCell } from '../../imports/cells.ts'
import { type TBuildIssue, type TFieldDef, type TLedgerType } from '../../imports/ledger-type.ts'
import { codeField, labelField } from '../../imports/normalise-code.ts'
import { dateField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { displayIdNumber, idNumberCell } from '../../imports/normalise-id-number.ts'
import {
  freeText,
  numberish,
  personName,
  phoneText,
  plainText,
  withoutSuffix,
} from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import type { TRegisteredLedger } from '../../imports/ledger-types.ts'
import { residentsWriter } from './residents.import-write.ts'

/**
 * The residents ledger (居民花名册, 以房管人台账): one row per person, with the address of the
 * dwelling and the relationship to the household head, as clerks keep it. Its record is what the
 * commit step needs: the `ZResidentCreate` output plus the address and relationship that place
 * the person in a dwelling and a household.
 * Registered in `imports/ledger-types.ts` (one line per type), like `routes.ts`.
 */

/**
 * Words ledgers use that the shared tables do not list (yet). They belong next to
 * `educationAliases`/`relationshipAliases` in `packages/shared/src/code-tables` once the web
 * app needs them too.
 */
const sexAliases: Record<string, string> = { 男性: '1', 女性: '2' }
const politicalAliases: Record<string, string> = {
  党员: '01',
  中共党员: '01',
  共产党员: '01',
  预备党员: '02',
  团员: '03',
  无党派: '12',
}
const maritalAliases: Record<string, string> = { 有配偶: '20', 离异: '40' }
const employmentAliases: Record<string, string> = {
  公务员: '11',
  退休: '80',
  离休: '80',
  退休人员: '80',
  无业: '70',
  失业: '70',
  个体: '54',
  个体户: '54',
  在校学生: '31',
  军人: '37',
}
const categoryAliases: Record<string, TPopulationCategory> = {
  户籍: 'registered',
  本地户籍: 'registered',
  常住: 'permanent',
  暂住: 'temporary',
  流动: 'floating',
  外来人口: 'floating',
}
const tagAliases: Record<string, TResidentTag> = {
  老年人: 'elderly',
  残疾人: 'disabled',
  失业: 'unemployed',
  低保户: 'dibao',
  独居老人: 'living_alone',
  留守儿童: 'left_behind',
}

const categoryOf = labelField(populationCategoryLabels, categoryAliases)
const tagOf = labelField(residentTagLabels, tagAliases)

const category = (cell: TCell) => {
  const value = categoryOf(cellText(cell))
  return value
    ? { ok: true as const, value }
    : { ok: false as const, code: 'code_unknown' as const }
}

/** `老年、低保` or `老年,低保`: several tags in one cell. */
const tags = (cell: TCell) => {
  const values: TResidentTag[] = []
  for (const part of cellText(cell).split(/[,，、;；/\s]+/)) {
    if (!part) continue
    const tag = tagOf(part)
    if (!tag) return { ok: false as const, code: 'code_unknown' as const }
    if (!values.includes(tag)) values.push(tag)
  }
  return { ok: true as const, value: values }
}

export const residentFieldKeys = [
  'name',
  'idNumber',
  'sex',
  'birthDate',
  'ethnicity',
  'education',
  'politicalStatus',
  'maritalStatus',
  'employmentStatus',
  'phone',
  'category',
  'tags',
  'relationship',
  'committee',
  'street',
  'estateName',
  'buildingNumber',
  'unit',
  'room',
  'notes',
] as const
export type TResidentField = (typeof residentFieldKeys)[number]

const field = (def: TFieldDef<TResidentField>) => def
/** A code table's names, for the template's drop-down list. */
const names = (table: { entries: readonly { name: string }[] }) => table.entries.map((e) => e.name)

export const residentFields: readonly TFieldDef<TResidentField>[] = [
  field({
    key: 'name',
    hint: '必填',
    label: '姓名',
    synonyms: ['居民姓名', '人员姓名'],
    requiredColumn: true,
    normalise: personName,
  }),
  field({
    key: 'idNumber',
    hint: '必填；18 位，末位可为 X；请把单元格设为文本，以免 Excel 改成科学计数法',
    label: '身份证号',
    synonyms: [
      '身份证号码',
      '公民身份号码',
      '公民身份证号码',
      '身份证件号码',
      '证件号码',
      '身份证',
    ],
    requiredColumn: true,
    normalise: idNumberCell,
    display: displayIdNumber,
  }),
  field({
    key: 'sex',
    hint: '可不填，由身份证号得出',
    choices: names(sexTable),
    label: '性别',
    synonyms: [],
    normalise: codeField(sexTable, sexAliases),
  }),
  field({
    key: 'birthDate',
    hint: '可不填，由身份证号得出；如 1965-03-15',
    label: '出生日期',
    synonyms: ['出生年月', '出生年月日', '出生时间', '生日'],
    // The ID number carries the full date; a ledger's 出生年月 column is checked against it.
    normalise: dateField(true),
  }),
  field({
    key: 'ethnicity',
    choices: names(ethnicityTable),
    label: '民族',
    synonyms: [],
    normalise: codeField(ethnicityTable, {}, { suffixes: ['族'] }),
  }),
  field({
    key: 'education',
    choices: names(educationTable),
    label: '文化程度',
    synonyms: ['学历', '文化'],
    normalise: codeField(educationTable, educationAliases),
  }),
  field({
    key: 'politicalStatus',
    choices: names(politicalStatusTable),
    label: '政治面貌',
    synonyms: [],
    normalise: codeField(politicalStatusTable, politicalAliases),
  }),
  field({
    key: 'maritalStatus',
    choices: names(maritalStatusTable),
    label: '婚姻状况',
    synonyms: ['婚姻状态', '婚否'],
    normalise: codeField(maritalStatusTable, maritalAliases),
  }),
  field({
    key: 'employmentStatus',
    choices: names(employmentStatusTable),
    label: '就业状况',
    synonyms: ['从业状况', '就业情况', '人员身份'],
    normalise: codeField(employmentStatusTable, employmentAliases),
  }),
  field({
    key: 'phone',
    hint: '手机 11 位或固定电话',
    label: '联系电话',
    synonyms: ['电话', '手机号', '手机号码', '手机', '电话号码', '联系方式'],
    normalise: phoneText,
  }),
  field({
    key: 'category',
    hint: '不填为 户籍',
    choices: Object.values(populationCategoryLabels).map((l) => l.zh),
    label: '人口类别',
    synonyms: ['人员类别', '人口类型'],
    normalise: category,
  }),
  field({
    key: 'tags',
    hint: '可填多个，用顿号分隔，如 老年、独居',
    label: '人员标签',
    synonyms: ['特殊人群', '标签'],
    normalise: tags,
  }),
  field({
    key: 'relationship',
    hint: '户主 填 户主；同一住址的人组成一户',
    choices: names(relationshipTable),
    label: '与户主关系',
    synonyms: ['与户主的关系', '家庭关系', '关系'],
    normalise: codeField(relationshipTable, relationshipAliases),
  }),
  field({
    key: 'committee',
    hint: '不填时用导入时选择的居委会',
    label: '居委会',
    synonyms: ['所属社区', '社区', '所属居委会', '社区居委会', '居委会名称'],
    normalise: plainText,
  }),
  field({
    key: 'street',
    hint: '有住址时必填，如 胜利路',
    label: '街路巷',
    synonyms: ['街道', '路', '街巷', '道路', '街路巷名称'],
    normalise: numberish,
  }),
  field({
    key: 'estateName',
    hint: '可不填',
    label: '小区',
    synonyms: ['小区名称', '小区名'],
    normalise: plainText,
  }),
  field({
    key: 'buildingNumber',
    hint: '有住址时必填，如 3 或 3号楼',
    label: '楼号',
    synonyms: ['楼栋', '楼栋号', '栋号', '幢号'],
    normalise: numberish,
  }),
  field({
    key: 'unit',
    hint: '可不填，如 2',
    label: '单元',
    synonyms: ['单元号'],
    normalise: withoutSuffix('单元'),
  }),
  field({
    key: 'room',
    hint: '有住址时必填，如 301',
    label: '室号',
    synonyms: ['门牌号', '房号', '房间号'],
    normalise: withoutSuffix('室'),
  }),
  field({ key: 'notes', label: '备注', synonyms: [], normalise: freeText }),
]

/** Where the person lives, as the ledger gives it; matched to buildings/dwellings at commit. */
export type TLedgerAddress = {
  street: string
  estateName: string | null
  buildingNumber: string
  unit: string | null
  room: string
}

export type TResidentLedgerRecord = {
  resident: z.output<typeof ZResidentCreate>
  /** The committee name as written, when the ledger has the column. */
  committeeName: string | null
  address: TLedgerAddress | null
  /** GB/T 4761 relationship to the head (`02` for the head), or null. */
  relationship: string | null
  /**
   * Fields left blank that took the schema's default (人口类别 → 户籍, 标签 → none): an import
   * with "update existing" must not overwrite the registry's value with that default.
   */
  defaulted: ('category' | 'tags')[]
}

export type TResidentImportContext = {
  /** Committees the importing user may write to, by name (居委会 column). */
  committees: ReadonlyMap<string, string>
  /** The committee chosen for the import, for rows (or ledgers) without a committee. */
  defaultCommitteeId?: string
}

/** The address columns' own rules, from the building and dwelling contracts. */
const ZLedgerAddress = z.object({
  street: ZBuildingCreate.shape.street,
  estateName: ZBuildingCreate.shape.estateName,
  buildingNumber: ZBuildingCreate.shape.buildingNumber,
  unit: ZDwellingCreate.shape.unit,
  room: ZDwellingCreate.shape.room,
})

type TValues = Partial<Record<TResidentField, unknown>>
const text = (values: TValues, key: TResidentField) => values[key] as string | undefined

const fieldOfPath: Record<string, TResidentField> = { committeeId: 'committee' }

const buildAddress = (
  values: TValues,
  issues: TBuildIssue<TResidentField>[],
): TLedgerAddress | null => {
  const parts = ['street', 'estateName', 'buildingNumber', 'unit', 'room'] as const
  if (parts.every((k) => text(values, k) === undefined)) return null
  const missing = (['street', 'buildingNumber', 'room'] as const).filter(
    (k) => text(values, k) === undefined,
  )
  for (const k of missing) issues.push({ field: k, code: 'address_incomplete' })
  if (missing.length) return null
  const parsed = ZLedgerAddress.safeParse({
    street: text(values, 'street'),
    estateName: text(values, 'estateName'),
    buildingNumber: text(values, 'buildingNumber'),
    unit: text(values, 'unit'),
    room: text(values, 'room'),
  })
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues)
    issues.push({ field: issue.path[0] as TResidentField, code: issueCode(issue) })
  return null
}

export const residentsLedger: TLedgerType<
  TResidentField,
  TResidentLedgerRecord,
  TResidentImportContext
> & { naturalKey: { field: 'idNumber'; of: (r: TResidentLedgerRecord) => string } } = {
  type: 'residents',
  label: '居民',
  fields: residentFields,
  naturalKey: { field: 'idNumber', of: (r) => r.resident.idNumber },
  build: (values, context) => {
    const issues: TBuildIssue<TResidentField>[] = []

    const committeeName = text(values, 'committee') ?? null
    let committeeId: string | undefined
    if (committeeName !== null) {
      committeeId = context.committees.get(committeeName)
      if (!committeeId) issues.push({ field: 'committee', code: 'committee_unknown' })
    } else if (context.defaultCommitteeId) committeeId = context.defaultCommitteeId
    else issues.push({ field: 'committee', code: 'committee_required' })

    const birth = values.birthDate as TLedgerDate | undefined
    const parsed = ZResidentCreate.safeParse({
      // A placeholder keeps a committee problem from hiding the row's other problems.
      committeeId: committeeId ?? '00000000-0000-7000-8000-000000000000',
      name: text(values, 'name') ?? '',
      idNumber: text(values, 'idNumber') ?? '',
      sex: values.sex,
      birthDate: birth?.precision === 'day' ? birth.value : undefined,
      ethnicity: values.ethnicity,
      education: values.education,
      politicalStatus: values.politicalStatus,
      maritalStatus: values.maritalStatus,
      employmentStatus: values.employmentStatus,
      phone: values.phone,
      category: values.category,
      tags: values.tags,
      notes: values.notes,
    })
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '')
        issues.push({ field: fieldOfPath[key] ?? (key as TResidentField), code: issueCode(issue) })
      }
    // 出生年月 (year and month only) is checked against the ID number's birth date.
    if (
      parsed.success &&
      birth?.precision === 'month' &&
      !parsed.data.birthDate.startsWith(birth.value)
    )
      issues.push({ field: 'birthDate', code: 'birth_date_mismatch' })

    const addressIssues: TBuildIssue<TResidentField>[] = []
    const address = buildAddress(values, addressIssues)
    issues.push(...addressIssues)
    const relationship = (values.relationship as string | undefined) ?? null
    if (relationship !== null && address === null && addressIssues.length === 0)
      issues.push({ field: 'relationship', code: 'household_address_missing' })

    if (issues.length || !parsed.success) return { ok: false, issues }
    const defaulted = (['category', 'tags'] as const).filter((k) => values[k] === undefined)
    return {
      ok: true,
      record: { resident: parsed.data, committeeName, address, relationship, defaulted },
    }
  },
}

/** The residents ledger as the import engine runs it (registered in imports/ledger-types.ts). */
export const residentsImport = {
  ledger: residentsLedger,
  permission: 'registry:write',
  context: async (db, actor, options) => {
    const committees = await db.committee.findMany({
      where: {
        AND: [{ deletedAt: null }, actor.allCommittees ? {} : { id: { in: actor.committeeIds } }],
      },
      select: { id: true, name: true },
    })
    const byName = new Map(committees.map((c) => [c.name, c.id]))
    const chosen = committees.find((c) => c.id === options.committeeId)
    return { committees: byName, ...(chosen ? { defaultCommitteeId: chosen.id } : {}) }
  },
  writer: residentsWriter,
} satisfies TRegisteredLedger<TResidentField, TResidentLedgerRecord, TResidentImportContext>

import { educationAliases, educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import { sexTable } from '@cr/shared/code-tables/sex'
import {
  populationCategoryLabels,
  residentTagLabels,
  type TPopulationCategory,
  type TResidentTag,
} from '@cr/shared/residents/resident-codes'
import { cellText, type TCell } from '../../imports/cells.ts'
import type { TFieldDef } from '../../imports/ledger-type.ts'
import { codeField, labelField } from '../../imports/normalise-code.ts'
import { dateField } from '../../imports/normalise-date.ts'
import { displayIdNumber, idNumberCell } from '../../imports/normalise-id-number.ts'
import { freeText, personName, phoneText, plainText } from '../../imports/normalise-text.ts'

/**
 * The person columns every ledger of people shares (居民花名册, 党员花名册, and next the
 * landlords and tenants of 出租房屋, 低保 households, patrol members): one definition of each
 * column — its label, the names ledgers give it, its normaliser — so a person's column reads
 * the same in every ledger. A ledger type picks the ones it has (`personFields`).
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

export const personFieldKeys = [
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
  'committee',
  'homeAddress',
  'notes',
] as const
export type TPersonField = (typeof personFieldKeys)[number]

/** A code table's names, for the template's drop-down list. */
const names = (table: { entries: readonly { name: string }[] }) => table.entries.map((e) => e.name)

const catalogue: { readonly [K in TPersonField]: TFieldDef<K> } = {
  name: {
    key: 'name',
    hint: '必填',
    label: '姓名',
    synonyms: ['居民姓名', '人员姓名'],
    requiredColumn: true,
    normalise: personName,
  },
  idNumber: {
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
  },
  sex: {
    key: 'sex',
    hint: '可不填，由身份证号得出',
    choices: names(sexTable),
    label: '性别',
    synonyms: [],
    normalise: codeField(sexTable, sexAliases),
  },
  birthDate: {
    key: 'birthDate',
    hint: '可不填，由身份证号得出；如 1965-03-15',
    label: '出生日期',
    synonyms: ['出生年月', '出生年月日', '出生时间', '生日'],
    // The ID number carries the full date; a ledger's 出生年月 column is checked against it.
    normalise: dateField(true),
  },
  ethnicity: {
    key: 'ethnicity',
    choices: names(ethnicityTable),
    label: '民族',
    synonyms: [],
    normalise: codeField(ethnicityTable, {}, { suffixes: ['族'] }),
  },
  education: {
    key: 'education',
    choices: names(educationTable),
    label: '文化程度',
    synonyms: ['学历', '文化'],
    normalise: codeField(educationTable, educationAliases),
  },
  politicalStatus: {
    key: 'politicalStatus',
    choices: names(politicalStatusTable),
    label: '政治面貌',
    synonyms: [],
    normalise: codeField(politicalStatusTable, politicalAliases),
  },
  maritalStatus: {
    key: 'maritalStatus',
    choices: names(maritalStatusTable),
    label: '婚姻状况',
    synonyms: ['婚姻状态', '婚否'],
    normalise: codeField(maritalStatusTable, maritalAliases),
  },
  employmentStatus: {
    key: 'employmentStatus',
    choices: names(employmentStatusTable),
    label: '就业状况',
    synonyms: ['从业状况', '就业情况', '人员身份'],
    normalise: codeField(employmentStatusTable, employmentAliases),
  },
  phone: {
    key: 'phone',
    hint: '手机 11 位或固定电话',
    label: '联系电话',
    synonyms: ['电话', '手机号', '手机号码', '手机', '电话号码', '联系方式'],
    normalise: phoneText,
  },
  category: {
    key: 'category',
    hint: '不填为 户籍',
    choices: Object.values(populationCategoryLabels).map((l) => l.zh),
    label: '人口类别',
    synonyms: ['人员类别', '人口类型'],
    normalise: category,
  },
  tags: {
    key: 'tags',
    hint: '可填多个，用顿号分隔，如 老年、独居',
    label: '人员标签',
    synonyms: ['特殊人群', '标签'],
    normalise: tags,
  },
  committee: {
    key: 'committee',
    hint: '不填时用导入时选择的居委会',
    label: '居委会',
    synonyms: ['所属社区', '社区', '所属居委会', '社区居委会', '居委会名称'],
    normalise: plainText,
  },
  homeAddress: {
    key: 'homeAddress',
    label: '家庭住址',
    synonyms: ['住址', '现住址', '居住地址', '家庭地址', '现居住地址'],
    hint: '尚未登记的人按住址找到所在居委会',
    normalise: freeText,
  },
  notes: { key: 'notes', label: '备注', synonyms: [], normalise: freeText },
}

/** What a ledger may change in a person column: how its sheet heads it, what the hint says. */
export type TPersonFieldChange = Partial<Pick<TFieldDef, 'label' | 'synonyms' | 'hint'>>

/**
 * The person columns a ledger has, in the order given, with the ledger's own changes (the
 * roster heads 出生日期 as 出生年月). Each keeps its normaliser and display: a person's column
 * is checked, masked and shown the same in every ledger.
 */
export const personFields = <P extends TPersonField>(
  keys: readonly P[],
  changes: Partial<Record<P, TPersonFieldChange>> = {},
): TFieldDef<P>[] => keys.map((key) => ({ ...(catalogue[key] as TFieldDef<P>), ...changes[key] }))

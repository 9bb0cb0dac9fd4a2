import { relationshipAliases, relationshipTable } from '@cr/shared/code-tables/relationship'
import { ZBuildingCreate } from '@cr/shared/places/building'
import { ZDwellingCreate } from '@cr/shared/places/dwelling'
import { z } from 'zod'
import { fillMessage } from '../../imports/column-missing.ts'
import { importMessages } from '../../imports/import-messages.ts'
import type {
  TBuildIssue,
  TColumnGroup,
  TFieldDef,
  TLedgerType,
} from '../../imports/ledger-type.ts'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import { codeField } from '../../imports/normalise-code.ts'
import { numberish, plainText, withoutSuffix } from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import {
  buildPerson,
  peopleContext,
  personFields,
  relationshipSexWarning,
  type TLedgerPerson,
  type TPeopleContext,
  type TPersonField,
} from './people.import.ts'
import { residentsWriter } from './residents.import-write.ts'

/**
 * The residents ledger (居民花名册, 以房管人台账): one row per person, with the address of the
 * dwelling and the relationship to the household head, as clerks keep it. The person columns
 * are the people face's (people.import.ts); its record is what the commit step needs: the
 * person plus the address and relationship that place them in a dwelling and a household.
 * Registered in `src/ledger-types.ts` (one line per type), like `routes.ts`.
 */

type TPlaceField = 'relationship' | 'street' | 'estateName' | 'buildingNumber' | 'unit' | 'room'
export type TResidentField = TPersonField | TPlaceField

const field = (def: TFieldDef<TPlaceField>) => def
/** A code table's names, for the template's drop-down list. */
const names = (table: { entries: readonly { name: string }[] }) => table.entries.map((e) => e.name)

export const residentFields: readonly TFieldDef<TResidentField>[] = [
  ...personFields([
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
  ]),
  field({
    key: 'relationship',
    hint: '户主 填 户主；同一住址的人组成一户',
    choices: names(relationshipTable),
    label: '与户主关系',
    synonyms: ['与户主的关系', '家庭关系', '关系'],
    normalise: codeField(relationshipTable, relationshipAliases),
  }),
  ...personFields(['committee']),
  field({
    key: 'street',
    hint: '有住址时必填，如 胜利路',
    label: '街路巷',
    // As offices head it (街（路）巷 is 街巷 without its bracket).
    synonyms: ['街路', '街道', '路', '街巷', '道路', '街路巷名称', '所在街路', '街路名称', '路名'],
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
    synonyms: ['楼栋', '楼栋号', '栋号', '幢号', '幢', '栋', '楼', '楼幢', '楼幢号', '所在楼栋'],
    normalise: numberish,
  }),
  field({
    key: 'unit',
    hint: '可不填，如 2',
    label: '单元',
    synonyms: ['单元号', '所在单元'],
    normalise: withoutSuffix('单元'),
  }),
  field({
    key: 'room',
    hint: '有住址时必填，如 301',
    label: '室号',
    synonyms: [
      '户室号',
      '门牌号',
      '门牌号码',
      '门牌',
      '房号',
      '房间号',
      '房屋号',
      '室',
      '户室',
      '户号',
    ],
    normalise: withoutSuffix('室'),
  }),
  ...personFields(['notes']),
]

/** The address columns go together: a sheet with one of them needs street, building and room. */
const addressGroup = {
  label: '住址',
  fields: ['street', 'estateName', 'buildingNumber', 'unit', 'room'],
  required: ['street', 'buildingNumber', 'room'],
} as const satisfies TColumnGroup<TResidentField>

/** Where the person lives, as the ledger gives it; matched to buildings/dwellings at commit. */
export type TLedgerAddress = {
  street: string
  estateName: string | null
  buildingNumber: string
  unit: string | null
  room: string
}

export type TResidentLedgerRecord = TLedgerPerson & {
  address: TLedgerAddress | null
  /** GB/T 4761 relationship to the head (`02` for the head), or null. */
  relationship: string | null
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

const labelOf = new Map(residentFields.map((f) => [f.key, f.label]))

/**
 * The row's address, or null without one. Blank parts of a partly filled address are one
 * problem of the row, at the first blank part's column, naming every blank part (the columns
 * are there: a missing column is refused once for the file, `addressGroup`).
 */
const buildAddress = (
  values: TValues,
  issues: TBuildIssue<TResidentField>[],
): TLedgerAddress | null => {
  if (addressGroup.fields.every((k) => text(values, k) === undefined)) return null
  const missing = addressGroup.required.filter((k) => text(values, k) === undefined)
  if (missing.length) {
    issues.push({
      field: missing[0]!,
      code: 'address_incomplete',
      message: fillMessage(importMessages.address_incomplete.zh, {
        parts: missing.map((k) => labelOf.get(k)).join('、'),
      }),
    })
    return null
  }
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

export const residentsLedger: TLedgerType<TResidentField, TResidentLedgerRecord, TPeopleContext> & {
  naturalKey: { field: 'idNumber'; of: (r: TResidentLedgerRecord) => string }
} = {
  type: 'residents',
  label: '居民',
  fields: residentFields,
  columnGroups: [addressGroup],
  naturalKey: { field: 'idNumber', of: (r) => r.resident.idNumber },
  build: (values, context) => {
    // The ledger places people in its committee's dwellings: every row needs the committee.
    const built = buildPerson(values, context, 'every row')
    const issues: TBuildIssue<TResidentField>[] = built.issues
    const addressIssues: TBuildIssue<TResidentField>[] = []
    const address = buildAddress(values, addressIssues)
    issues.push(...addressIssues)
    const relationship = (values.relationship as string | undefined) ?? null
    if (relationship !== null && address === null && addressIssues.length === 0)
      issues.push({ field: 'relationship', code: 'household_address_missing' })

    if (!built.ok || issues.length) return { ok: false, issues }
    const record = built.person as TResidentLedgerRecord
    record.address = address
    record.relationship = relationship
    const warning = relationship === null ? undefined : relationshipSexWarning(record, relationship)
    return warning ? { ok: true, record, warnings: [warning] } : { ok: true, record }
  },
}

/** The residents ledger as the import engine runs it (registered in src/ledger-types.ts). */
export const residentsImport = {
  ledger: residentsLedger,
  permission: 'registry:write',
  context: peopleContext,
  writer: residentsWriter,
} satisfies TRegisteredLedger<TResidentField, TResidentLedgerRecord, TPeopleContext>

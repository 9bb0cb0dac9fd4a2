import { educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { sexTable } from '@cr/shared/code-tables/sex'
import type { TResident } from '@cr/shared/residents/resident'
import { populationCategoryLabels, residentTagLabels } from '@cr/shared/residents/resident-codes'
import type { TExportColumn } from '../../exports/export-columns.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { allPages } from '../../exports/all-pages.ts'
import { toDbDate } from '../../lib/dates.ts'
import {
  listResidents,
  type TResidentListQuery,
  type TScope,
  type TSqlClient,
} from './residents.read.ts'

/** Rows of an export: the DTO, and the full identifiers only when the export reveals them. */
export type TExportRow = TResident & { idNumber?: string; phone?: string | null }

const nameIn =
  (table: { nameOf: (code: string) => string | undefined }) => (code: string | null) =>
    code === null ? null : (table.nameOf(code) ?? code)

/**
 * The columns of the residents export, headed as the residents ledger heads them, so an
 * exported list reads back through the importer (the address is one column here).
 */
export const residentExportColumns: readonly TExportColumn<TExportRow>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '身份证号', width: 22, value: (r) => r.idNumber ?? r.idNumberMasked },
  { header: '性别', value: (r) => nameIn(sexTable)(r.sex) },
  { header: '出生日期', value: (r) => toDbDate(r.birthDate) },
  { header: '年龄', value: (r) => r.age },
  { header: '民族', value: (r) => nameIn(ethnicityTable)(r.ethnicity) },
  { header: '文化程度', value: (r) => nameIn(educationTable)(r.education) },
  { header: '政治面貌', value: (r) => nameIn(politicalStatusTable)(r.politicalStatus) },
  { header: '婚姻状况', value: (r) => nameIn(maritalStatusTable)(r.maritalStatus) },
  { header: '就业状况', value: (r) => nameIn(employmentStatusTable)(r.employmentStatus) },
  {
    header: '联系电话',
    width: 14,
    value: (r) => (r.phone !== undefined ? r.phone : r.phoneMasked),
  },
  { header: '人口类别', value: (r) => populationCategoryLabels[r.category].zh },
  {
    header: '人员标签',
    value: (r) => r.tags.map((t) => residentTagLabels[t].zh).join('、') || null,
  },
  { header: '居委会', value: (r) => r.committee.name },
  { header: '住址', width: 30, value: (r) => r.household?.address ?? null },
  {
    header: '与户主关系',
    value: (r) => (r.household ? nameIn(relationshipTable)(r.household.relationship) : null),
  },
  { header: '备注', width: 30, value: (r) => r.notes },
]

const pageSize = 500

/**
 * Every resident the list's filters match, page by page through the same read model as the
 * list (keyset, so page 2,000 costs what page 1 does): memory holds one page, whatever the
 * total. With `reveal`, each page's ID numbers and phones are decrypted in one more query.
 */
export async function* exportResidents(
  db: TSqlClient & { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> },
  scope: TScope,
  query: TResidentListQuery,
  reveal: TFieldCipher | null,
  today: string,
): AsyncGenerator<TExportRow> {
  const pages = allPages((cursor) =>
    listResidents(db, scope, { ...query, limit: pageSize, cursor }, today),
  )
  if (!reveal) {
    yield* pages
    return
  }
  // Revealing: each batch's ID numbers and phones decrypted in one more query.
  let batch: TExportRow[] = []
  const flush = async function* () {
    const { rows } = (await db.query(
      'SELECT id, id_number_cipher, phone_cipher FROM resident WHERE id = ANY($1::uuid[])',
      [batch.map((r) => r.id)],
    )) as { rows: { id: string; id_number_cipher: Buffer; phone_cipher: Buffer | null }[] }
    const secrets = new Map(rows.map((r) => [r.id, r]))
    for (const item of batch) {
      const secret = secrets.get(item.id)!
      yield {
        ...item,
        idNumber: reveal.decrypt(secret.id_number_cipher),
        phone: secret.phone_cipher ? reveal.decrypt(secret.phone_cipher) : null,
      }
    }
    batch = []
  }
  for await (const item of pages) {
    batch.push(item)
    if (batch.length === pageSize) yield* flush()
  }
  if (batch.length) yield* flush()
}

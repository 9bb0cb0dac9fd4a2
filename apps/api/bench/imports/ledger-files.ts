// The benchmark's resident ledger as the files a clerk uploads: .xlsx written the way Excel
// writes (exceljs's streaming writer, shared strings on) and "CSV UTF-8" (BOM, CRLF). A title
// row, the header, then one row per person of ledger-people.ts.
//
// Generating 100,000 rows takes ~20 s, so the files are kept under .data/bench/import-ledgers/
// in a folder named by a key (the row count and the generator's sources): a later run with the
// same key reuses them, a changed generator writes new ones and removes the old.
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import {
  populationCategoryLabels,
  residentTagLabels,
  type TPopulationCategory,
  type TResidentTag,
} from '@cr/shared/residents/resident-codes'
import ExcelJS from 'exceljs'
import { ledgerCommitteeName, ledgerPeople, type TLedgerPerson } from './ledger-people.ts'

export type TLedgerFiles = { xlsx: string; csv: string; rows: number; reused: boolean }

/** Bump to rewrite the cached files when something outside the hashed sources changes. */
const version = 'import-ledger-v1'
const cacheRoot = fileURLToPath(new URL('../../../../.data/bench/import-ledgers/', import.meta.url))
const sources = [
  new URL('./ledger-files.ts', import.meta.url),
  new URL('./ledger-people.ts', import.meta.url),
  new URL('../residents/population.ts', import.meta.url),
  new URL('../../src/seed/names.ts', import.meta.url),
  new URL('../../src/seed/random.ts', import.meta.url),
  new URL('../../src/seed/calendar.ts', import.meta.url),
]

const title = `${ledgerCommitteeName}居民花名册（以房管人）`
/** Labels the residents ledger recognises (src/modules/residents/residents.import.ts). */
const header = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '公民身份号码',
  '出生日期',
  '与户主关系',
  '文化程度',
  '政治面貌',
  '婚姻状况',
  '就业状况',
  '人口类别',
  '人员标签',
  '联系电话',
  '居委会',
  '街路巷',
  '楼号',
  '单元',
  '室号',
  '备注',
]

/**
 * Names the importer does not take back as written. GB/T 2261.4's `退（离）休人员` has full-width
 * parentheses; the importer's code fields compare the cell folded to half-width (NFKC) with the
 * table's name as written, so that one name is refused (an engine issue, reported). Clerks
 * commonly write `退休`, an alias the importer knows.
 */
const written: Record<string, string> = { '退（离）休人员': '退休' }

/** A code as the name a clerk types; the population only uses codes the tables have. */
const nameOf = (table: { nameOf(code: string): string | undefined }, code?: string | null) => {
  if (code === null || code === undefined) return ''
  const standard = table.nameOf(code)
  const name = standard === undefined ? undefined : (written[standard] ?? standard)
  if (name === undefined) throw new Error(`ledger: no name for code ${code}`)
  return name
}

/** One sheet row, all cells as text (ID numbers and phones as a text-formatted column holds). */
const cells = (n: number, { person, male, relationship, address }: TLedgerPerson): string[] => [
  String(n),
  person.name,
  male ? '男' : '女',
  nameOf(ethnicityTable, person.ethnicity),
  person.idNumber,
  `${person.idNumber.slice(6, 10)}-${person.idNumber.slice(10, 12)}-${person.idNumber.slice(12, 14)}`,
  relationship,
  nameOf(educationTable, person.education),
  nameOf(politicalStatusTable, person.politicalStatus),
  nameOf(maritalStatusTable, person.maritalStatus),
  nameOf(employmentStatusTable, person.employmentStatus),
  populationCategoryLabels[person.category as TPopulationCategory].zh,
  ((person.tags ?? []) as TResidentTag[]).map((t) => residentTagLabels[t].zh).join('、'),
  person.phone ?? '',
  ledgerCommitteeName,
  address.street,
  address.building,
  address.unit,
  address.room,
  '',
]

/** Any committee id: the ledger names its committee; the id only fills the person's field. */
const rowsOf = function* (count: number) {
  let n = 0
  for (const person of ledgerPeople(count, '00000000-0000-7000-8000-000000000000'))
    yield cells(++n, person)
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

const writeCsv = async (file: string, count: number) => {
  const out = fs.createWriteStream(file)
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain')
  }
  await write(`\ufeff${title}${','.repeat(header.length - 1)}\r\n${header.join(',')}\r\n`)
  for (const row of rowsOf(count)) await write(`${row.map(quote).join(',')}\r\n`)
  out.end()
  await once(out, 'finish')
}

const writeXlsx = async (file: string, count: number) => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: false,
  })
  const sheet = workbook.addWorksheet('花名册')
  sheet.addRow([title]).commit()
  sheet.addRow(header).commit()
  for (const row of rowsOf(count)) sheet.addRow(row).commit()
  sheet.commit()
  await workbook.commit()
}

const cacheKey = (rows: number) =>
  createHash('sha256')
    .update(JSON.stringify({ version, rows }))
    .update(Buffer.concat(sources.map((url) => fs.readFileSync(url))))
    .digest('hex')
    .slice(0, 12)

/** The ledger of `rows` people as .xlsx and .csv, from the cache or written now. */
export const ledgerFiles = async (
  rows: number,
  log: (message: string) => void,
): Promise<TLedgerFiles> => {
  const dir = path.join(cacheRoot, `residents-${rows}-${cacheKey(rows)}`)
  const files = { xlsx: path.join(dir, 'residents.xlsx'), csv: path.join(dir, 'residents.csv') }
  if (fs.existsSync(dir)) return { ...files, rows, reused: true }

  // Written under a temporary name and renamed when complete: a half-written ledger is never used.
  fs.mkdirSync(cacheRoot, { recursive: true })
  const partial = `${dir}.partial-${process.pid}`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial)
  try {
    const started = performance.now()
    log(`import: writing a ${rows.toLocaleString('en')}-row ledger (.xlsx and .csv)`)
    await writeXlsx(path.join(partial, 'residents.xlsx'), rows)
    await writeCsv(path.join(partial, 'residents.csv'), rows)
    log(`import: ledger written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    // Other row counts or generator versions go: one ledger (~25 MB at 100k rows) is kept.
    for (const old of fs.readdirSync(cacheRoot).map((name) => path.join(cacheRoot, name)))
      if (old !== partial) fs.rmSync(old, { recursive: true, force: true })
    fs.renameSync(partial, dir)
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
  return { ...files, rows, reused: false }
}

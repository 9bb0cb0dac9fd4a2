import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  COMMITTEE_ID,
  COMMITTEE_NAME,
  HEADER_ROW,
  TOTALS_ROW,
  type TVariant,
} from '../../imports/fixtures/residents-ledger.fixture.ts'
import { writeCsvFixtures, writeXlsxFixture } from '../../imports/fixtures/write-ledgers.ts'
import { ImportFileError } from '../../imports/import-error.ts'
import { type TImportProblem } from '../../imports/problems.ts'
import { openLedger } from '../../imports/read-ledger.ts'
import {
  expectedProblems,
  expectedRecords,
  expectedUnrecognised,
} from './fixtures/residents-ledger.expected.ts'
import { residentsLedger } from './residents.import.ts'

const context = {
  committees: new Map([[COMMITTEE_NAME, COMMITTEE_ID]]),
  defaultCommitteeId: COMMITTEE_ID,
}

let dir: string
const files = {} as Record<TVariant, string>
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cr-imports-'))
  files.xlsx = await writeXlsxFixture(dir)
  Object.assign(files, await writeCsvFixtures(dir))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const readAll = async (file: string, options = {}) => {
  const ledger = await openLedger(file, residentsLedger, context, options)
  const rows = []
  for await (const row of ledger.rows) rows.push(row)
  return { ledger, rows }
}

describe.each(['xlsx', 'utf8bom', 'utf8', 'gbk'] as const)(
  'residents ledger fixture (%s)',
  (variant) => {
    it('finds the header below the title, 填报单位 and notes rows, and stops at 合计', async () => {
      const { ledger } = await readAll(files[variant])
      expect(ledger.mapping.headerRowNumber).toBe(HEADER_ROW)
      expect(ledger.skippedRowNumbers).toEqual([1, 2, 3])
      expect(ledger.stats.totalsRowNumber).toBe(TOTALS_ROW)
      expect(ledger.mapping.missingRequired).toEqual([])
      expect(ledger.mapping.duplicates).toEqual([])
      expect(ledger.mapping.unrecognised).toEqual(expectedUnrecognised(variant))
      expect(ledger.mapping.ignored).toEqual([{ index: 0, letter: 'A', header: '序号' }])
      expect(ledger.mapping.mapped.map((c) => c.field)).toEqual([
        'name',
        'sex',
        'ethnicity',
        'idNumber',
        'birthDate',
        'relationship',
        'education',
        'politicalStatus',
        'maritalStatus',
        'category',
        'phone',
        'committee',
        'street',
        'buildingNumber',
        'unit',
        'room',
        'notes',
      ])
    })

    it('reads exactly the expected records and the expected problems, with row numbers', async () => {
      const { rows } = await readAll(files[variant])
      const records = rows.flatMap((r) =>
        r.ok ? [{ rowNumber: r.rowNumber, record: r.record }] : [],
      )
      const problems = rows.flatMap((r) => (r.ok ? [] : r.problems))
      expect(records).toEqual(expectedRecords)
      expect(problems).toEqual(expectedProblems(variant))
    })
  },
)

describe('encodings', () => {
  it('reports what it detected', async () => {
    expect((await readAll(files.utf8bom)).ledger.encoding).toEqual({
      encoding: 'utf-8',
      bom: true,
      confident: true,
    })
    expect((await readAll(files.utf8)).ledger.encoding).toEqual({
      encoding: 'utf-8',
      bom: false,
      confident: true,
    })
    expect((await readAll(files.gbk)).ledger.encoding).toEqual({
      encoding: 'gb18030',
      bom: false,
      confident: true,
    })
    expect((await readAll(files.xlsx)).ledger.encoding).toBeNull()
  })
})

describe('mapping overrides', () => {
  it('maps an unrecognised column by letter or by header text, and ignores one on request', async () => {
    const { ledger, rows } = await readAll(files.utf8bom, {
      mapping: { R: 'notes', 备注: null, 序号: null },
    })
    expect(ledger.mapping.mapped.find((c) => c.field === 'notes')).toEqual({
      index: 17,
      letter: 'R',
      header: '工作单位',
      field: 'notes',
      source: 'override',
    })
    expect(ledger.mapping.ignored.map((c) => c.letter)).toEqual(['A', 'S'])
    expect(ledger.mapping.unrecognised).toEqual([])
    const first = rows[0]!
    expect(first.ok && first.record.resident.notes).toBe('东营石化')
  })

  it('refuses a mapping to an unknown field', async () => {
    await expect(
      openLedger(files.utf8, residentsLedger, context, { mapping: { R: 'salary' as never } }),
    ).rejects.toMatchObject({ code: 'mapping_invalid' })
  })

  it('takes the header row the user names', async () => {
    const { ledger } = await readAll(files.gbk, { headerRowNumber: HEADER_ROW })
    expect(ledger.mapping.mapped).toHaveLength(17)
  })

  it('refuses to read rows when a required column is missing', async () => {
    const ledger = await openLedger(files.utf8bom, residentsLedger, context, {
      mapping: { E: null },
    })
    expect(ledger.mapping.missingRequired).toEqual(['idNumber'])
    await expect(ledger.rows.next()).rejects.toBeInstanceOf(ImportFileError)
  })
})

describe('committees', () => {
  it('refuses an unknown committee name and needs a committee when none is given', async () => {
    const { rows } = await readAll(files.xlsx, {})
    expect(rows.filter((r) => r.ok)).toHaveLength(7)
    const ledger = await openLedger(files.xlsx, residentsLedger, { committees: new Map() })
    const first = (await ledger.rows.next()).value!
    expect(
      !first.ok && first.problems.map((p: TImportProblem) => [p.code, p.column?.letter]),
    ).toEqual([['committee_unknown', 'M']])
    await ledger.rows.return(undefined)
  })
})

import { Readable } from 'node:stream'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { bodyRows, EXPLANATION_MARK, type TBodyStats } from '../../imports/body-rows.ts'
import { type TSheetRow } from '../../imports/cells.ts'
import { mapColumns } from '../../imports/column-mapping.ts'
import { openLedger } from '../../imports/read-ledger.ts'
import {
  CHOICES_SHEET,
  FIRST_DATA_ROW,
  LAST_DATA_ROW,
  writeTemplate,
} from '../../imports/template.ts'
import { residentFields, residentsLedger } from './residents.import.ts'

const COMMITTEE_ID = '0190a000-0000-7000-8000-000000000001'
const context = { committees: new Map<string, string>(), defaultCommitteeId: COMMITTEE_ID }

const load = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return workbook
}
const columnOf = (key: string) => residentFields.findIndex((f) => f.key === key) + 1

let template: Buffer
let workbook: ExcelJS.Workbook
let sheet: ExcelJS.Worksheet
beforeAll(async () => {
  template = await writeTemplate(residentsLedger)
  workbook = await load(template)
  sheet = workbook.getWorksheet('居民')!
})

describe('the import template', () => {
  it('has the labels as its header, required columns marked with * in red', () => {
    const headers = residentFields.map((_, i) => sheet.getRow(1).getCell(i + 1).value)
    expect(headers).toEqual(residentFields.map((f) => (f.requiredColumn ? `*${f.label}` : f.label)))
    expect(headers.slice(0, 3)).toEqual(['*姓名', '*身份证号', '性别'])
    const name = sheet.getRow(1).getCell(1)
    expect(name.font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } })
    expect(sheet.getRow(1).getCell(3).font.color).toBeUndefined()
  })

  it('explains each column in row 2, marked for the reader, grey italic and wrapped', () => {
    const first = sheet.getRow(2).getCell(1)
    expect(first.value).toBe(`${EXPLANATION_MARK}必填`)
    expect(first.font).toMatchObject({ italic: true, color: { argb: 'FF808080' } })
    expect(first.alignment).toMatchObject({ wrapText: true })
    expect(sheet.getRow(2).getCell(columnOf('idNumber')).value).toMatch(/^必填；18 位/)
    expect(sheet.getRow(2).getCell(columnOf('ethnicity')).value).toBeNull()
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
  })

  it('offers drop-down lists from the hidden choices sheet', () => {
    const choices = workbook.getWorksheet(CHOICES_SHEET)!
    expect(choices.state).toBe('hidden')
    const withChoices = residentFields.filter((f) => f.choices?.length)
    expect(withChoices.length).toBeGreaterThan(5)
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model
    const letter = (key: string) => sheet.getColumn(columnOf(key)).letter
    withChoices.forEach((field, i) => {
      const listColumn = String.fromCharCode(65 + i)
      const expected = `'${CHOICES_SHEET}'!$${listColumn}$2:$${listColumn}$${field.choices!.length + 1}`
      for (const row of [FIRST_DATA_ROW, LAST_DATA_ROW])
        expect(validations[`${letter(field.key)}${row}`]).toMatchObject({
          type: 'list',
          formulae: [expected],
        })
      expect(choices.getColumn(i + 1).values.slice(1)).toEqual([field.label, ...field.choices!])
    })
    // Why a hidden sheet: an inline list holds at most 255 characters.
    expect(Math.max(...withChoices.map((f) => f.choices!.join(',').length))).toBeGreaterThan(255)
    expect(validations[`${letter('ethnicity')}2`]).toBeUndefined()
    expect(validations[`${letter('name')}${FIRST_DATA_ROW}`]).toBeUndefined()
  })

  it('formats the ID number and phone columns as text and sizes the columns', () => {
    expect(sheet.getColumn(columnOf('idNumber')).numFmt).toBe('@')
    expect(sheet.getColumn(columnOf('phone')).numFmt).toBe('@')
    expect(sheet.getColumn(columnOf('name')).numFmt).toBeUndefined()
    expect(sheet.getColumn(columnOf('idNumber')).width).toBeGreaterThanOrEqual(20)
  })
})

describe('the template read back by the importer', () => {
  it('maps every column to its field', async () => {
    const ledger = await openLedger(Readable.from(template), residentsLedger, context)
    expect(ledger.mapping.headerRowNumber).toBe(1)
    expect(ledger.mapping.mapped.map((c) => c.field)).toEqual(residentFields.map((f) => f.key))
    expect(ledger.mapping.unrecognised).toEqual([])
    const rows = []
    for await (const row of ledger.rows) rows.push(row)
    expect(rows).toEqual([])
    expect(ledger.stats.skippedRows).toEqual([2])
  })

  it('reads two filled rows as two records, with no problems', async () => {
    const filled = await load(template)
    const data = filled.getWorksheet('居民')!
    const fill = (row: number, values: Record<string, string>) => {
      for (const [key, value] of Object.entries(values))
        data.getRow(row).getCell(columnOf(key)).value = value
    }
    const address = { street: '胜利路', buildingNumber: '3', unit: '2', room: '301' }
    const head = composeIdNumber('370502', '1965-03-15', 123)
    const spouse = composeIdNumber('370502', '1967-08-02', 246)
    fill(3, { name: '张建国', idNumber: head, sex: '男', ethnicity: '汉族', relationship: '户主' })
    fill(3, { politicalStatus: '中共党员', phone: '13805461234', ...address })
    fill(4, { name: '李秀英', idNumber: spouse, ethnicity: '汉族', relationship: '配偶' })
    fill(4, address)
    const bytes = Buffer.from(await filled.xlsx.writeBuffer())

    const ledger = await openLedger(Readable.from(bytes), residentsLedger, context)
    const rows = []
    for await (const row of ledger.rows) rows.push(row)
    expect(rows.flatMap((r) => (r.ok ? [] : r.problems))).toEqual([])
    expect(rows.map((r) => r.ok && [r.rowNumber, r.record.resident.idNumber])).toEqual([
      [3, head],
      [4, spouse],
    ])
  })
})

describe('body rows', () => {
  it('skips a row whose first cell carries the explanation mark, and only that row', async () => {
    const header: TSheetRow = { rowNumber: 1, cells: ['姓名', '身份证号'] }
    const mapping = mapColumns(residentFields, 1, header.cells)
    async function* rows(): AsyncGenerator<TSheetRow> {
      yield { rowNumber: 2, cells: [`  ${EXPLANATION_MARK}必填`, '18 位'] }
      yield { rowNumber: 3, cells: ['张三', '说明'] }
      yield { rowNumber: 4, cells: [null, `${EXPLANATION_MARK}一列之后`] }
      yield { rowNumber: 5, cells: ['李四', `${EXPLANATION_MARK}`] }
    }
    const stats: TBodyStats = { blankRows: 0, skippedRows: [], totalsRowNumber: null }
    const read = []
    for await (const row of bodyRows(rows(), mapping, stats)) read.push(row.rowNumber)
    expect(read).toEqual([3, 5])
    expect(stats.skippedRows).toEqual([2, 4])
  })
})

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TSheetRow } from './cells.ts'
import { detectCsvEncoding } from './csv-encoding.ts'
import { excelSerial, HEADER_ROW, ids, TITLE } from './fixtures/residents-ledger.fixture.ts'
import { writeXlsxFixture } from './fixtures/write-ledgers.ts'
import { openSheet } from './read-sheet.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cr-readers-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const collect = async (rows: AsyncIterable<TSheetRow>) => {
  const out: TSheetRow[] = []
  for await (const row of rows) out.push(row)
  return out
}

describe('xlsx reader', () => {
  it('yields typed cells with the sheet’s own row numbers', async () => {
    const sheet = await openSheet(await writeXlsxFixture(dir))
    const rows = await collect(sheet.rows)
    const byNumber = new Map(rows.map((r) => [r.rowNumber, r.cells]))
    // The merged title: only its first cell has the value.
    expect(byNumber.get(1)![0]).toBe(TITLE)
    expect(byNumber.get(HEADER_ROW)![1]).toBe('*姓名') // rich text, joined
    expect(byNumber.get(5)![0]).toBe(1) // a formula: its cached result
    expect(byNumber.get(5)![5]).toEqual(new Date('1965-03-15T00:00:00Z')) // a real date cell
    expect(byNumber.get(6)![5]).toBe(excelSerial('1967-08-02')) // a serial in a General cell
    expect(byNumber.get(12)![4]).toBe(Number(ids.chenMingLegacy))
    expect(byNumber.has(9)).toBe(false) // exceljs does not write empty rows
  })

  it('reads inline strings, custom date formats and a chosen sheet', async () => {
    // A streaming writer without shared strings writes every text as an inline string.
    const file = join(dir, 'inline.xlsx')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
    })
    const hidden = workbook.addWorksheet('代码表', { state: 'hidden' })
    hidden.addRow(['隐藏']).commit()
    const first = workbook.addWorksheet('第一页')
    first.addRow(['姓名', '出生日期', '登记日期']).commit()
    const row = first.addRow(['张三', new Date('1965-03-15T00:00:00Z'), 39_000])
    row.getCell(2).numFmt = 'yyyy"年"m"月"d"日"'
    row.getCell(3).numFmt = '0.00' // a number format with no date part stays a number
    row.commit()
    const second = workbook.addWorksheet('第二页')
    second.addRow(['李四']).commit()
    await workbook.commit()

    const rows = await collect((await openSheet(file)).rows)
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['姓名', '出生日期', '登记日期'] },
      { rowNumber: 2, cells: ['张三', new Date('1965-03-15T00:00:00Z'), 39_000] },
    ])
    const byName = await collect((await openSheet(file, { sheet: '第二页' })).rows)
    expect(byName).toEqual([{ rowNumber: 1, cells: ['李四'] }])
    const byPosition = await collect((await openSheet(file, { sheet: 2 })).rows)
    expect(byPosition).toEqual(byName)
    await expect(collect((await openSheet(file, { sheet: '代码表' })).rows)).rejects.toMatchObject({
      code: 'sheet_not_found',
    })
  })

  it('reads dates of a workbook in the 1904 date system (old Mac Excel)', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.properties.date1904 = true
    const sheet = workbook.addWorksheet('居民')
    sheet.addRow(['出生日期'])
    sheet.addRow([new Date('1965-03-15T00:00:00Z')]).getCell(1).numFmt = 'yyyy-mm-dd'
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    expect(bytes.toString('latin1')).not.toContain('date1904="0"')
    const rows = await collect((await openSheet(bytes)).rows)
    expect(rows[1]).toEqual({ rowNumber: 2, cells: [new Date('1965-03-15T00:00:00Z')] })
  })

  it('reads the same rows from a file path, its bytes and a stream', async () => {
    const file = await writeXlsxFixture(dir)
    const bytes = await readFile(file)
    const fromPath = await collect((await openSheet(file)).rows)
    expect(await collect((await openSheet(bytes)).rows)).toEqual(fromPath)
    expect(await collect((await openSheet(Readable.from([bytes]))).rows)).toEqual(fromPath)
  })

  it('refuses the old binary .xls with a message to re-save', async () => {
    const file = join(dir, 'old.xls')
    await writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    await expect(openSheet(file)).rejects.toMatchObject({ code: 'file_format_unsupported' })
  })

  it('refuses a damaged workbook', async () => {
    const file = join(dir, 'broken.xlsx')
    await writeFile(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]))
    const sheet = await openSheet(file)
    await expect(collect(sheet.rows)).rejects.toMatchObject({
      code: expect.stringMatching(/file_unreadable|sheet_not_found/),
    })
  })
})

describe('csv encoding detection', () => {
  const text = '姓名,身份证号\r\n张三,370521196503151231\r\n'
  it.each([
    [
      'UTF-8 with BOM',
      Buffer.from('\ufeff' + text),
      { encoding: 'utf-8', bom: true, confident: true },
    ],
    ['UTF-8', Buffer.from(text), { encoding: 'utf-8', bom: false, confident: true }],
    ['GBK', iconv.encode(text, 'gbk'), { encoding: 'gb18030', bom: false, confident: true }],
    [
      'GB18030',
      iconv.encode(text, 'gb18030'),
      { encoding: 'gb18030', bom: false, confident: true },
    ],
    [
      'UTF-16 LE (Unicode text)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
      { encoding: 'utf-16le', bom: true, confident: true },
    ],
    [
      'ASCII only',
      Buffer.from('a,b\r\n1,2\r\n'),
      { encoding: 'utf-8', bom: false, confident: false },
    ],
  ])('%s', (_name, bytes, expected) => {
    expect(detectCsvEncoding(bytes, true)).toEqual(expected)
  })

  it('is not fooled by a UTF-8 character cut at the end of the head', () => {
    const bytes = Buffer.from('姓名,身份证号')
    expect(detectCsvEncoding(bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf-8')
  })

  it.each([
    ['GBK', iconv.encode(text, 'gbk')],
    [
      'UTF-16 LE, tab-separated',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode(text.replaceAll(',', '\t'), 'utf-16le'),
      ]),
    ],
  ])('decodes %s to the same rows', async (_name, bytes) => {
    const sheet = await openSheet(Readable.from([bytes]))
    expect(await collect(sheet.rows)).toEqual([
      { rowNumber: 1, cells: ['姓名', '身份证号'] },
      { rowNumber: 2, cells: ['张三', '370521196503151231'] },
    ])
  })

  it('decodes GBK whose characters straddle stream chunks', async () => {
    const bytes = iconv.encode(text.repeat(50), 'gbk')
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1))
    const rows = await collect((await openSheet(Readable.from(chunks))).rows)
    expect(rows).toHaveLength(100)
    expect(rows[99]!.cells[0]).toBe('张三')
  })

  it('refuses a file that looked ASCII in its head and turns out not to be UTF-8', async () => {
    const head = Buffer.from(`${'a,b\r\n'.repeat(20_000)}`)
    const sheet = await openSheet(Readable.from([head, iconv.encode('张三,李四\r\n', 'gbk')]))
    await expect(collect(sheet.rows)).rejects.toMatchObject({ code: 'encoding_invalid' })
  })

  it('counts blank lines and multi-line cells as Excel does', async () => {
    const sheet = await openSheet(
      Readable.from([Buffer.from('a,b\r\n\r\n"x\r\ny",2\r\nlast,1\r\n')]),
    )
    expect((await collect(sheet.rows)).map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'x\r\ny'],
      [4, 'last'],
    ])
  })
})

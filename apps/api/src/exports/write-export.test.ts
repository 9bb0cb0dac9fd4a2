import { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { type TExportColumn } from './export-columns.ts'
import { writeExport } from './write-export.ts'

type TPerson = {
  name: string
  note: string | null
  amount: number | null
  born: Date | null
  remark: string
}

const columns: TExportColumn<TPerson>[] = [
  { header: '姓名', value: (p) => p.name },
  { header: '备注', width: 24, value: (p) => p.note },
  { header: '金额', value: (p) => p.amount },
  { header: '出生日期', value: (p) => p.born },
  { header: '说明', value: (p) => p.remark },
]

const people: TPerson[] = [
  {
    name: '张三',
    note: '住址,含逗号',
    amount: 12.5,
    born: new Date('1965-03-15T00:00:00Z'),
    remark: '=1+2',
  },
  { name: '李"四"', note: '第一行\r\n第二行', amount: -3, born: null, remark: '@SUM(A1)' },
  { name: '王五', note: null, amount: 0, born: null, remark: '=HYPERLINK("http://x","y")' },
  {
    name: '赵六',
    note: '-',
    amount: null,
    born: new Date('1990-01-02T00:00:00Z'),
    remark: '+86 138',
  },
  { name: '\t钱七', note: '\r回车', amount: 1e6, born: null, remark: '普通文字' },
]

async function* from<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows
}

const collector = () => {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      callback()
    },
  })
  return { out, bytes: () => Buffer.concat(chunks) }
}

/** Endless rows that count how many were read and note when reading stopped. */
const endless = () => {
  const state = { read: 0, closed: false }
  async function* rows(): AsyncGenerator<TPerson> {
    try {
      for (;;) {
        state.read += 1
        yield { ...people[0]!, name: `居民${state.read}` }
      }
    } finally {
      state.closed = true
    }
  }
  return { state, rows: rows() }
}

describe('csv export', () => {
  it('writes UTF-8 with a BOM, RFC 4180 quoting, CRLF, ISO dates and guarded formulas', async () => {
    const { out, bytes } = collector()
    const result = await writeExport(out, { format: 'csv', columns, rows: from(people) })
    expect(result).toEqual({ rows: 5, aborted: false })
    const expected =
      '\ufeff姓名,备注,金额,出生日期,说明\r\n' +
      '张三,"住址,含逗号",12.5,1965-03-15,\'=1+2\r\n' +
      '"李""四""","第一行\r\n第二行",-3,,\'@SUM(A1)\r\n' +
      '王五,,0,,"\'=HYPERLINK(""http://x"",""y"")"\r\n' +
      "赵六,'-,,1990-01-02,'+86 138\r\n" +
      '\'\t钱七,"\'\r回车",1000000,,普通文字\r\n'
    expect(bytes().subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(bytes().equals(Buffer.from(expected, 'utf8'))).toBe(true)
  })

  it('writes just the header for no rows', async () => {
    const { out, bytes } = collector()
    await writeExport(out, { format: 'csv', columns, rows: from([]) })
    expect(bytes().toString('utf8')).toBe('\ufeff姓名,备注,金额,出生日期,说明\r\n')
  })
})

describe('xlsx export', () => {
  it('writes a bold, frozen header, the values, and dates as date cells', async () => {
    const { out, bytes } = collector()
    const result = await writeExport(out, {
      format: 'xlsx',
      columns,
      rows: from(people),
      sheetName: '居民名单/2025',
    })
    expect(result).toEqual({ rows: 5, aborted: false })

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes() as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('居民名单 2025')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '备注', '金额', '出生日期', '说明'])
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true })
    expect(sheet.getColumn(2).width).toBe(24)
    expect(sheet.getColumn(1).width).toBe(10)
    expect(sheet.rowCount).toBe(6)

    const first = sheet.getRow(2)
    expect(first.getCell(1).value).toBe('张三')
    expect(first.getCell(3).value).toBe(12.5)
    expect(first.getCell(4).value).toEqual(new Date('1965-03-15T00:00:00Z'))
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd')
    // Text stays text in xlsx: no formula, no apostrophe needed.
    expect(first.getCell(5).type).toBe(ExcelJS.ValueType.String)
    expect(first.getCell(5).value).toBe('=1+2')
    // XML parsing turns the line break into \n, as Excel itself does.
    expect(sheet.getRow(3).getCell(2).value).toBe('第一行\n第二行')
    expect(sheet.getRow(3).getCell(4).value).toBeNull()
    expect(sheet.getRow(5).getCell(4).value).toEqual(new Date('1990-01-02T00:00:00Z'))
  })
})

describe.each(['csv', 'xlsx'] as const)('%s export failures', (format) => {
  it('destroys the destination with the error when the rows fail midway', async () => {
    async function* failing(): AsyncGenerator<TPerson> {
      yield* people
      throw new Error('database gone')
    }
    const { out } = collector()
    // Whoever reads the destination (Fastify, a pipeline) listens for its error.
    const emitted = new Promise<Error>((resolve) => out.on('error', resolve))
    await expect(writeExport(out, { format, columns, rows: failing() })).rejects.toThrow(
      'database gone',
    )
    expect(out.destroyed).toBe(true)
    expect((await emitted).message).toBe('database gone')
  })

  it('stops reading the rows when the destination goes away', async () => {
    const { state, rows } = endless()
    let received = 0
    const out = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length
        callback()
        if (received > 100_000) this.destroy()
      },
    })
    const result = await writeExport(out, { format, columns, rows })
    expect(result).toEqual({ rows: state.read, aborted: true })
    expect(state.closed).toBe(true)
  })

  it('waits while the destination takes nothing, then stops when it goes away', async () => {
    const { state, rows } = endless()
    // A client that never reads: the first write never completes.
    const out = new Writable({ write: () => {} })
    const writing = writeExport(out, { format, columns, rows })
    // Reading stops once the destination's buffer is full. A fixed wait (300 ms) was too short
    // on a busy machine, where it was still filling: wait until two looks 200 ms apart agree.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 200))
    let readWhileStuck = -1
    for (let looks = 0; looks < 100 && state.read !== readWhileStuck; looks++) {
      readWhileStuck = state.read
      await pause()
    }
    await pause()
    expect(state.read).toBe(readWhileStuck)
    expect(readWhileStuck).toBeLessThan(5_000)
    out.destroy()
    expect(await writing).toEqual({ rows: readWhileStuck, aborted: true })
    expect(state.closed).toBe(true)
  })
})

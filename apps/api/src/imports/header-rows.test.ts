import { describe, expect, it } from 'vitest'
import { type TSheetRow } from './cells.ts'
import { mapColumns, synonymIndex } from './column-mapping.ts'
import { locateHeader } from './header-detection.ts'
import { type TFieldDef } from './ledger-type.ts'
import { plainText } from './normalise-text.ts'

/** A small ledger type's columns: the engine's own tests know no record module. */
const field = (key: string, label: string, synonyms: string[] = []): TFieldDef => ({
  key,
  label,
  synonyms,
  normalise: plainText,
})
const fields = [
  field('name', '姓名'),
  field('id', '身份证号', ['公民身份号码']),
  field('street', '街路巷', ['街路']),
  field('building', '楼号'),
  field('room', '室号', ['户室号']),
  field('phone', '联系电话'),
]
const index = synonymIndex(fields)

async function* sheet(rows: TSheetRow['cells'][]): AsyncGenerator<TSheetRow> {
  let rowNumber = 0
  for (const cells of rows) yield { rowNumber: ++rowNumber, cells }
}
const rest = async (rows: AsyncGenerator<TSheetRow>) => {
  const out: number[] = []
  for await (const row of rows) out.push(row.rowNumber)
  return out
}

describe('a header of two rows (a merged group over its columns)', () => {
  it('takes the names under the group and starts the data below both rows', async () => {
    const located = await locateHeader(
      sheet([
        ['永兴社区居民台账'],
        ['填报单位：永兴社区居委会'],
        ['序号', '姓名', '公民身份号码', '家庭住址', null, null, '联系电话'],
        [null, null, null, '街路', '楼号', '户室号', null],
        [1, '张三', '370521196503150011', '胜利路', '3号楼', '502', '13800138000'],
      ]),
      index,
    )
    expect(located.header.rowNumber).toBe(4)
    expect(located.header.cells).toEqual([
      '序号',
      '姓名',
      '公民身份号码',
      '街路',
      '楼号',
      '户室号',
      '联系电话',
    ])
    expect(located.skippedRowNumbers).toEqual([1, 2])
    expect(await rest(located.rest)).toEqual([5])
  })

  it('does not take the first data row for part of the header', async () => {
    const located = await locateHeader(
      sheet([
        ['姓名', '公民身份号码', '街路', '楼号', '户室号'],
        ['楼号', '370521196503150011', '胜利路', '3号楼', '502'],
      ]),
      index,
    )
    expect(located.header.rowNumber).toBe(1)
    expect(await rest(located.rest)).toEqual([2])
  })
})

describe('a serial-number column', () => {
  it('is ignored silently, however it is headed', () => {
    const mapping = mapColumns(fields, 1, ['序号', '编号', 'No.', 'NO', '姓名', '工作单位'])
    expect(mapping.ignored.map((c) => c.header)).toEqual(['序号', '编号', 'No.', 'NO'])
    expect(mapping.unrecognised.map((c) => c.header)).toEqual(['工作单位'])
  })

  it('is still the user’s to map', () => {
    const mapping = mapColumns(fields, 1, ['编号', '姓名'], { 编号: 'id' })
    expect(mapping.mapped.map((c) => [c.header, c.field])).toEqual([
      ['编号', 'id'],
      ['姓名', 'name'],
    ])
  })
})

describe('columns that go together (an address)', () => {
  const groups = [
    {
      label: '住址',
      fields: ['street', 'building', 'room'],
      required: ['street', 'building', 'room'],
    },
  ]

  it('are all required once one of them is in the sheet', () => {
    const mapping = mapColumns(
      fields,
      1,
      ['姓名', '身份证号', '地段', '楼号', '房间'],
      {},
      index,
      groups,
    )
    expect(mapping.missingRequired).toEqual(['street', 'room'])
  })

  it('are not required when the sheet has none of them', () => {
    const mapping = mapColumns(fields, 1, ['姓名', '身份证号'], {}, index, groups)
    expect(mapping.missingRequired).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { buildingKeyOf, parseAddressText } from './address-text.ts'

const parts = (street: string, buildingKey: string, unit: string | null, room: string) => ({
  street,
  buildingKey,
  unit,
  room,
})

describe('a dwelling address in one cell (出租房屋, 暂住人口 ledgers)', () => {
  it.each([
    ['永兴路3号楼2单元301', parts('永兴路', '3', '2', '301')],
    ['永兴路３号楼２单元３０１', parts('永兴路', '3', '2', '301')],
    ['永兴路3-2-301', parts('永兴路', '3', '2', '301')],
    ['永兴路３－２－３０１', parts('永兴路', '3', '2', '301')],
    ['永兴路3—2—301', parts('永兴路', '3', '2', '301')],
    ['永兴路3栋2单元301室', parts('永兴路', '3', '2', '301')],
    ['永兴路3幢02单元301', parts('永兴路', '3', '2', '301')],
    ['永兴路3座1单元1102室', parts('永兴路', '3', '1', '1102')],
    ['永兴路 3号楼 2单元 301室', parts('永兴路', '3', '2', '301')],
    ['永兴路3号楼301室', parts('永兴路', '3', null, '301')],
    ['永兴路3号楼2单元-301', parts('永兴路', '3', '2', '301')],
    ['永兴路3-301', parts('永兴路', '3', null, '301')],
    ['永兴路12#2-502', parts('永兴路', '12', '2', '502')],
    ['永兴路12A号楼1单元101', parts('永兴路', '12A', '1', '101')],
    ['永兴社区永兴路3号楼2单元301', parts('永兴社区永兴路', '3', '2', '301')],
    ['胜利路18号301户', parts('胜利路', '18', null, '301')],
  ])('%s', (text, expected) => {
    expect(parseAddressText(text)).toEqual(expected)
  })

  it.each([
    ['永兴路三号楼二单元301'],
    ['永兴路3号楼'],
    ['3号楼2单元301'],
    ['永兴路'],
    [''],
    ['永兴路3号楼2单元'],
  ])('refuses %s rather than guess', (text) => {
    expect(parseAddressText(text)).toBeNull()
  })

  it('reduces a building number of the tree to its key', () => {
    expect(['3号楼', '3栋', '3', '３号楼', '3幢', '3#', '12a号楼'].map(buildingKeyOf)).toEqual([
      '3',
      '3',
      '3',
      '3',
      '3',
      '3',
      '12A',
    ])
  })
})

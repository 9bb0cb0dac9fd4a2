import { describe, expect, it } from 'vitest'
import {
  chineseDate,
  chineseMonth,
  fieldRows,
  printDate,
  printMonth,
  printTimestamp,
  printedByName,
} from './print-format'

describe('print formats', () => {
  it('prints the time in China Standard Time, to the minute, whatever the instant’s zone', () => {
    expect(printTimestamp(new Date('2026-11-30T04:05:59Z'))).toBe('2026-11-30 12:05')
    // Past 16:00 UTC it is already the next day in Beijing.
    expect(printTimestamp(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30')
    expect(printTimestamp(new Date('2026-11-30T12:00:00+08:00'))).toBe('2026-11-30 12:00')
  })

  it('spells dates and months as the forms do, without leading zeros', () => {
    expect(chineseDate('2026-01-07')).toBe('2026年1月7日')
    expect(chineseDate('2026-11-27')).toBe('2026年11月27日')
    expect(chineseMonth('2026-03')).toBe('2026年3月')
  })

  it('keeps ISO dates in English and prints a blank as a dash', () => {
    expect(printDate('2026-11-27', 'zh-CN')).toBe('2026年11月27日')
    expect(printDate('2026-11-27', 'en')).toBe('2026-11-27')
    expect(printDate(null, 'zh-CN')).toBe('—')
    expect(printMonth('2026-10', 'zh-CN')).toBe('2026年10月')
    expect(printMonth('2026-10', 'en')).toBe('2026-10')
    expect(printMonth(undefined, 'en')).toBe('—')
  })

  it('names the printer by display name, falling back to the user name', () => {
    expect(printedByName({ displayName: '王秀兰', username: 'wangxl' })).toBe('王秀兰')
    expect(printedByName({ displayName: '  ', username: 'wangxl' })).toBe('wangxl')
  })

  it('lays fields out in rows of pairs, a wide field on a row of its own', () => {
    const f = (key: string, wide = false) => ({ key, wide })
    const keys = (rows: { key: string }[][]) => rows.map((r) => r.map((x) => x.key))
    expect(keys(fieldRows([f('a'), f('b'), f('c')], 2))).toEqual([['a', 'b'], ['c']])
    expect(keys(fieldRows([f('a'), f('addr', true), f('b'), f('c')], 2))).toEqual([
      ['a'],
      ['addr'],
      ['b', 'c'],
    ])
    expect(keys(fieldRows([f('a'), f('b'), f('c'), f('notes', true)], 3))).toEqual([
      ['a', 'b', 'c'],
      ['notes'],
    ])
    expect(fieldRows([], 2)).toEqual([])
  })
})

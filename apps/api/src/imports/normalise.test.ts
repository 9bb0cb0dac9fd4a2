import { describe, expect, it } from 'vitest'
import { cellText } from './cells.ts'
import { codeField } from './normalise-code.ts'
import { excelSerialToDate, monthField, parseLedgerDate } from './normalise-date.ts'
import { displayIdNumber, idNumberCell } from './normalise-id-number.ts'
import { periodField } from './normalise-period.ts'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { relationshipAliases, relationshipTable } from '@cr/shared/code-tables/relationship'

describe('dates', () => {
  it.each([
    [new Date('2004-03-15T00:00:00Z'), '2004-03-15'],
    [38061, '2004-03-15'],
    [20040315, '2004-03-15'],
    ['2004-03-15', '2004-03-15'],
    ['2004/3/15', '2004-03-15'],
    ['2004.3.15', '2004-03-15'],
    ['2004年3月15日', '2004-03-15'],
    ['２００４年３月１５日', '2004-03-15'],
    [' 2004 年 3 月 15 日 ', '2004-03-15'],
    ['20040315', '2004-03-15'],
    ['2004-03-15 00:00:00', '2004-03-15'],
    ['38061', '2004-03-15'],
  ])('%s is the day %s', (cell, value) => {
    expect(parseLedgerDate(cell)).toEqual({ precision: 'day', value })
  })

  it.each([
    ['1965.03', '1965-03'],
    ['1965.3', '1965-03'],
    ['1965-3', '1965-03'],
    ['1965年3月', '1965-03'],
    ['196503', '1965-03'],
    [196503, '1965-03'],
    [1965.03, '1965-03'],
    [1965.1, '1965-10'],
  ])('%s is the month %s', (cell, value) => {
    expect(parseLedgerDate(cell)).toEqual({ precision: 'month', value })
  })

  it.each(['2004-02-30', '1980.13.45', '65.3.15', '明年', 1965, '1850-01-01', ''])(
    '%s is refused',
    (cell) => {
      expect(parseLedgerDate(cell)).toBeNull()
    },
  )

  it.each([
    ['2026-10', '2026-10'],
    ['2026.10', '2026-10'],
    [2026.1, '2026-10'],
    ['2026年10月', '2026-10'],
    ['202610', '2026-10'],
    [202610, '2026-10'],
    [new Date('2026-10-01T00:00:00Z'), '2026-10'],
    [46296, '2026-10'],
    ['2026-10-31', '2026-10'],
  ])('%s is read as the month %s where a month is asked (党费交至)', (cell, value) => {
    expect(monthField(cell)).toEqual({ ok: true, value })
  })

  it('refuses what is no month', () => {
    expect(monthField('十月')).toEqual({ ok: false, code: 'date_invalid' })
    expect(monthField(2026)).toEqual({ ok: false, code: 'date_invalid' })
  })

  it('follows Excel’s 1900 calendar, fictitious 29 February included', () => {
    expect(excelSerialToDate(1)).toEqual({ precision: 'day', value: '1900-01-01' })
    expect(excelSerialToDate(59)).toEqual({ precision: 'day', value: '1900-02-28' })
    expect(excelSerialToDate(60)).toBeNull()
    expect(excelSerialToDate(61)).toEqual({ precision: 'day', value: '1900-03-01' })
  })
})

describe('codes', () => {
  const ethnicity = codeField(ethnicityTable, {}, { suffixes: ['族'] })
  const relationship = codeField(relationshipTable, relationshipAliases)
  const employment = codeField(employmentStatusTable)
  it.each([
    [ethnicity, '汉族', '01'],
    [ethnicity, '汉', '01'],
    [ethnicity, ' 回 族 ', '03'],
    [ethnicity, 1, '01'],
    [ethnicity, '01', '01'],
    [relationship, '户主', '02'],
    [relationship, '妻', '12'],
    [relationship, '妻子', '12'],
    [relationship, '儿子', '20'],
    // The table's own name, full-width brackets and all (the template's drop-down offers it).
    [employment, '退（离）休人员', '80'],
    [employment, '退(离)休人员', '80'],
  ] as const)('%#: %s → %s', (field, cell, code) => {
    expect(field(cell)).toEqual({ ok: true, value: code })
  })
  it('refuses an unknown name with the shared code', () => {
    expect(ethnicity('火星族')).toEqual({ ok: false, code: 'code_unknown' })
    expect(relationship('98')).toEqual({ ok: false, code: 'code_unknown' })
  })
})

describe('ID number cells', () => {
  it('refuses 18-digit numbers Excel has rounded, and keeps exact 15-digit ones', () => {
    expect(idNumberCell(370521199003151230)).toEqual({ ok: false, code: 'id_number_scientific' })
    expect(idNumberCell(370521650720121)).toEqual({ ok: true, value: '370521650720121' })
    expect(cellText(370521199003151230)).toBe('3.70521E+17')
  })
  it('masks numbers in reports but shows scientific notation as written', () => {
    expect(displayIdNumber(' 370521 19901120 007x ')).toBe('370521********007X')
    expect(displayIdNumber('3.70521E+17')).toBe('3.70521E+17')
  })
})

describe('periods in one cell (租赁起止)', () => {
  it.each([
    ['2024.1.1-2024.12.31', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024.1.1—2024.12.31', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024.1.1－2024.12.31', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024-01-01-2024-12-31', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024/01/01~2024/12/31', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024/01/01 ～ 2024/12/31', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024年1月1日至2024年12月31日', { start: '2024-01-01', end: '2024-12-31' }],
    ['２０２４年１月１日至２０２４年１２月３１日', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024年1月1日到2025年1月1日', { start: '2024-01-01', end: '2025-01-01' }],
    ['20240101-20241231', { start: '2024-01-01', end: '2024-12-31' }],
    ['自2024年1月1日起至2024年12月31日止', { start: '2024-01-01', end: '2024-12-31' }],
    ['从2024年1月1日起至2024年12月31日', { start: '2024-01-01', end: '2024-12-31' }],
  ])('%s', (text, period) => {
    expect(periodField(text)).toEqual({ ok: true, value: period })
  })

  it.each([['2024.1.1'], ['2024.1-2024.12'], ['2024.2.30-2024.12.31'], ['一年'], ['2024.1.1至今']])(
    'refuses %s',
    (text) => {
      expect(periodField(text)).toEqual({ ok: false, code: 'period_invalid' })
    },
  )
})

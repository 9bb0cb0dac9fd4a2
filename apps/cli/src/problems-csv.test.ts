import { describe, expect, it } from 'vitest'
import { errorReportPath } from './error-report.ts'
import { problemsCsv } from './problems-csv.ts'

describe('the fallback problems file', () => {
  it('is a CSV for Excel: BOM, CRLF, quoted cells, formulas defused, warnings told apart', () => {
    const csv = problemsCsv([
      {
        rowNumber: 7,
        column: { letter: 'F', header: '联系电话' },
        field: 'phone',
        value: '=1+1',
        code: 'phone_invalid',
        message: '电话号码格式不正确，"请核对"',
        severity: 'error',
      },
      {
        rowNumber: 9,
        column: null,
        field: null,
        value: null,
        code: 'x',
        message: '缺少户主',
        severity: 'warning',
      },
    ])
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF"行号","类别","列","表头","字段","值","代码","问题"',
      `"7","错误","F","联系电话","phone","'=1+1","phone_invalid","电话号码格式不正确，""请核对"""`,
      '"9","提醒","","","","","x","缺少户主"',
      '',
    ])
  })

  it('sits next to the ledger, named after it', () => {
    expect(errorReportPath('/data/三月.台账.xlsx', 'xlsx')).toBe('/data/三月.台账.errors.xlsx')
    expect(errorReportPath('/data/ledger.csv', 'csv')).toBe('/data/ledger.errors.csv')
  })
})

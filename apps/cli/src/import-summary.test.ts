import type { TImportJob } from '@cr/shared/imports/import-job'
import { describe, expect, it } from 'vitest'
import { formatSummary } from './import-summary.ts'

const job = (problems: TImportJob['problems']): TImportJob =>
  ({
    id: '0190a000-0000-7000-8000-00000000000a',
    status: 'validated',
    fileName: '居民台账.xlsx',
    counts: { rows: 3, valid: 2, invalid: 1, created: 2, updated: 0, unchanged: 0, skipped: 0 },
    error: null,
    problems,
    problemCount: problems.length,
    warningCount: problems.filter((p) => p.severity === 'warning').length,
  }) as TImportJob

describe('the summary the CLI prints', () => {
  it('tells warnings from errors: their rows are imported all the same', () => {
    const text = formatSummary(
      job([
        {
          rowNumber: 5,
          column: { letter: 'E', header: '身份证号' },
          field: 'idNumber',
          value: '370521********2041',
          code: 'id_number_check_digit',
          message: '身份证号校验位错误，请核对每一位',
          severity: 'error',
        },
        {
          rowNumber: 8,
          column: { letter: 'F', header: '与户主关系' },
          field: 'relationship',
          value: '子',
          code: 'relationship_sex_mismatch',
          message: '“子”是男性的称谓，身份证号却是女性的',
          severity: 'warning',
        },
      ]),
      true,
    )
    expect(text).toContain('错误 1 条，提醒 1 条（提醒的行照常导入，请核对）：')
    expect(text).toContain('  第 5 行 [身份证号] 身份证号校验位错误')
    expect(text).toContain('  提醒 第 8 行 [与户主关系] “子”是男性的称谓')
  })

  it('says only 问题 when there are no warnings', () => {
    const text = formatSummary(
      job([
        {
          rowNumber: 5,
          column: null,
          field: null,
          value: null,
          code: 'x',
          message: '缺少户主',
          severity: 'error',
        },
      ]),
      true,
    )
    expect(text).toContain('问题 1 条：')
  })
})

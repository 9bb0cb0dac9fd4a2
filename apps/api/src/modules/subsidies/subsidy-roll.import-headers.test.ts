import { describe, expect, it } from 'vitest'
import { matchHeader, synonymIndex } from '../../imports/column-mapping.ts'
import { subsidyCaseExportColumns } from './subsidy-cases.export.ts'
import { subsidyRollFields } from './subsidy-cases.import.ts'

/**
 * The case list's export (低保花名册) is headed as the roll import reads it: every column that
 * holds what the import reads maps onto that field by its header alone; the others (the stage,
 * the classification, the review, the helper) are columns the import leaves aside.
 */
describe('the 低保 roll export, headed as the import reads it', () => {
  it('maps every column the import reads', () => {
    const index = synonymIndex(subsidyRollFields)
    expect(
      Object.fromEntries(
        subsidyCaseExportColumns.map((c) => [c.header, matchHeader(index, c.header) ?? null]),
      ),
    ).toEqual({
      居委会: 'committee',
      户主姓名: 'name',
      家庭住址: 'homeAddress',
      保障人数: 'coveredPeople',
      '家庭月人均收入（元）': 'perCapitaIncome',
      '月保障金额（元）': 'monthlyAmount',
      批准时间: 'approvedOn',
      致贫原因: 'hardshipReason',
      低保证号: 'certificateNumber',
      办理环节: null,
      复核类别: null,
      下次复核日期: null,
      帮扶人: null,
    })
  })

  it.each([
    ['所属社区', 'committee'],
    ['申请人', 'name'],
    ['身份证号码', 'idNumber'],
    ['住址', 'homeAddress'],
    ['享受人数', 'coveredPeople'],
    ['人均收入(元)', 'perCapitaIncome'],
    ['发放金额（元）', 'monthlyAmount'],
    ['保障金额', 'monthlyAmount'],
    ['纳入时间', 'approvedOn'],
    ['困难类型', 'hardshipReason'],
  ])('reads %s as %s', (header, field) => {
    expect(matchHeader(synonymIndex(subsidyRollFields), header)).toBe(field)
  })
})

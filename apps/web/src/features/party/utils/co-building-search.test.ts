import { describe, expect, it } from 'vitest'
import { ZCoBuildingSearch, toCoBuildingListQuery } from './co-building-search'

describe('共建单位 URL search', () => {
  it('keeps the page, its size, the name filter and the opened unit; bad values fall back', () => {
    const unit = '0190a0c4-59f6-7bb1-9d3e-6a1f2f9c0a11'
    expect(ZCoBuildingSearch.parse({ q: '银行', page: 3, size: 50, unit })).toEqual({
      q: '银行',
      page: 3,
      size: 50,
      unit,
    })
    expect(ZCoBuildingSearch.parse({ page: 0, size: 7, unit: 'x' })).toEqual({})
  })

  it('asks the API for the numbered page the search shows; the opened unit is no filter', () => {
    expect(toCoBuildingListQuery({ q: '', page: 2, unit: 'u' })).toEqual({
      q: undefined,
      page: 2,
      limit: 20,
    })
  })
})

import { ZRentalPropertyListQuery } from '@cr/shared/rentals/rental-property'
import { ZTemporaryResidentListQuery } from '@cr/shared/rentals/temporary-resident'
import { residenceReasons, rentalUses } from '@cr/shared/rentals/rental-codes'
import { registrationTimelinessValues } from '@cr/shared/rentals/registration'
import { rentalContractStatuses } from '@cr/shared/rentals/rental-rules'
import { describe, expect, it } from 'vitest'
import { ZRentalsSearch, toRentalListQuery, useFilters } from './rental-search'
import {
  ZTemporaryResidentsSearch,
  reasonFilters,
  timelinessFilters,
  toTemporaryResidentListQuery,
} from './temporary-resident-search'

describe('the filters’ values (kept out of the first load) are the contract’s', () => {
  it('lists every use, reason and timeliness, and every status plus none', () => {
    expect([...useFilters]).toEqual([...rentalUses])
    expect([...reasonFilters]).toEqual([...residenceReasons])
    expect([...timelinessFilters]).toEqual([...registrationTimelinessValues])
    expect(ZRentalsSearch.shape.contractStatus.unwrap().unwrap().options).toEqual([
      ...rentalContractStatuses,
      'none',
    ])
  })
})

describe('rented dwellings search', () => {
  it('defaults to the newest first with no filters', () => {
    expect(ZRentalsSearch.parse({})).toEqual({ sort: '-createdAt' })
  })

  it('drops bad values from a hand-edited URL instead of failing', () => {
    expect(
      ZRentalsSearch.parse({
        contractStatus: 'lost',
        use: 'castle',
        committeeId: 'x',
        overOccupied: 'yes',
        sort: 'password',
      }),
    ).toEqual({ sort: '-createdAt' })
  })

  it('produces a query the API schema accepts, every filter included', () => {
    const search = ZRentalsSearch.parse({
      q: ' 永兴路 ',
      contractStatus: 'none',
      use: 'business',
      overOccupied: true,
      expiringWithin: '30',
      page: 2,
    })
    expect(ZRentalPropertyListQuery.parse(toRentalListQuery(search))).toMatchObject({
      q: '永兴路',
      contractStatus: 'none',
      use: 'business',
      overOccupied: true,
      expiringWithin: 30,
      page: 2,
      limit: 20,
    })
  })
})

describe('temporary residents search', () => {
  it('defaults to the latest move-in first', () => {
    expect(ZTemporaryResidentsSearch.parse({})).toEqual({ sort: '-movedInOn' })
  })

  it('produces a query the API schema accepts (the current residents only)', () => {
    const search = ZTemporaryResidentsSearch.parse({
      q: ' 王 ',
      reason: 'work',
      householdProvince: '山东省',
      timeliness: 'late',
      permitDue: true,
    })
    expect(ZTemporaryResidentListQuery.parse(toTemporaryResidentListQuery(search))).toMatchObject({
      q: '王',
      reason: 'work',
      householdProvince: '山东省',
      timeliness: 'late',
      permitDue: true,
      current: true,
    })
  })

  it('drops an unknown timeliness and a negative expiring window', () => {
    expect(ZRentalsSearch.parse({ expiringWithin: '-3' }).expiringWithin).toBeUndefined()
    expect(ZTemporaryResidentsSearch.parse({ timeliness: 'soon' }).timeliness).toBeUndefined()
  })
})

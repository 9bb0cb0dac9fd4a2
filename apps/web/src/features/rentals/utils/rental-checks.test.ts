import { ZPendingRegistrationListQuery } from '@cr/shared/rentals/pending-registration'
import { pendingStates } from '@cr/shared/rentals/rental-codes'
import { ZRentalInspectionCreate } from '@cr/shared/rentals/rental-inspection'
import { describe, expect, it } from 'vitest'
import { ZPendingSearch, pendingStateFilters, toPendingListQuery } from './pending-search'
import { splitNames } from './inspection-values'
import { ZRateSearch } from './rate-search'

describe('the 待登记人员 list’s search', () => {
  it('lists the contract’s states', () => {
    expect([...pendingStateFilters]).toEqual([...pendingStates])
  })

  it('opens on the people still pending, newest report first', () => {
    expect(ZPendingSearch.parse({})).toEqual({ state: 'pending', sort: '-reportedOn' })
  })

  it('drops bad values from a hand-edited URL instead of failing', () => {
    expect(
      ZPendingSearch.parse({ state: 'gone', sort: 'name', committeeId: 'x', page: 0 }),
    ).toEqual({ state: 'pending', sort: '-reportedOn' })
  })

  it('asks the API for every state when `all` is chosen, in the shape it accepts', () => {
    const all = toPendingListQuery(ZPendingSearch.parse({ state: 'all', page: 2, size: 50 }))
    expect(all).toEqual({ state: undefined, sort: '-reportedOn', page: 2, limit: 50 })
    expect(ZPendingRegistrationListQuery.safeParse(all).success).toBe(true)
    const cleared = toPendingListQuery(ZPendingSearch.parse({ state: 'cleared' }))
    expect(ZPendingRegistrationListQuery.parse(cleared).state).toBe('cleared')
  })
})

describe('the 登记率 page’s day', () => {
  it('keeps a date and drops anything else (today is then shown)', () => {
    expect(ZRateSearch.parse({ asOf: '2026-11-30' })).toEqual({ asOf: '2026-11-30' })
    expect(ZRateSearch.parse({ asOf: 'yesterday' })).toEqual({})
  })
})

describe('the inspectors as typed', () => {
  it('splits on 顿号, commas and spaces, and two names make a valid inspection team', () => {
    expect(splitNames(' 王芳、李强，张伟, 赵敏  孙丽 ')).toEqual([
      '王芳',
      '李强',
      '张伟',
      '赵敏',
      '孙丽',
    ])
    const inspection = (inspectors: string[]) =>
      ZRentalInspectionCreate.safeParse({
        propertyId: '00000000-0000-4000-8000-000000000001',
        inspectedOn: '2026-11-20',
        inspectors,
      }).success
    expect(inspection(splitNames('王芳、李强'))).toBe(true)
    expect(inspection(splitNames('王芳'))).toBe(false)
    expect(inspection(splitNames('王芳、王芳'))).toBe(false)
  })
})

import {
  ZResidentListQuery,
  residentSortFields as contractSorts,
} from '@cr/shared/residents/resident'
import { residentStatuses } from '@cr/shared/residents/life-event'
import { populationCategories, residentTags } from '@cr/shared/residents/resident-codes'
import { describe, expect, it } from 'vitest'
import {
  ZResidentsSearch,
  ageSortOrder,
  residentCategoryFilters,
  residentSortFields,
  residentStatusFilters,
  residentTagFilters,
  isResidentsSearchFiltered,
  residentSortFrom,
  toResidentListQuery,
} from './resident-list-search'

describe('residents page search', () => {
  it('offers exactly the contract’s categories, tags, statuses and sorts', () => {
    expect([...residentCategoryFilters]).toEqual([...populationCategories])
    expect([...residentTagFilters]).toEqual([...residentTags])
    expect([...residentStatusFilters]).toEqual([...residentStatuses, 'all'])
    expect([...residentSortFields]).toEqual([...contractSorts])
    expect(ZResidentsSearch.parse({ q: 'x'.repeat(31) }).q).toBeUndefined()
    expect(ZResidentListQuery.safeParse({ q: 'x'.repeat(30) }).success).toBe(true)
  })

  it('defaults to sorting by name with no filters', () => {
    expect(ZResidentsSearch.parse({})).toEqual({ sort: 'name' })
  })

  it('drops a whole ID number put into the URL by hand, keeps the last four', () => {
    expect(ZResidentsSearch.parse({ q: '370521199001011234' }).q).toBeUndefined()
    expect(ZResidentsSearch.parse({ q: 1234 }).q).toBe('1234')
  })

  it('drops bad values instead of failing', () => {
    expect(ZResidentsSearch.parse({ category: 'alien', tag: 'x', sort: 'idNumber' })).toEqual({
      sort: 'name',
    })
    expect(ZResidentsSearch.parse({ status: 'gone' })).toEqual({ sort: 'name' })
  })

  it('keeps the 状态 filter in the URL and sends it; left out, the API shows the current population', () => {
    const search = ZResidentsSearch.parse({ status: 'deceased' })
    expect(search.status).toBe('deceased')
    expect(isResidentsSearchFiltered(search)).toBe(true)
    expect(ZResidentListQuery.parse(toResidentListQuery(search)).status).toBe('deceased')
    expect(toResidentListQuery(ZResidentsSearch.parse({})).status).toBeUndefined()
    expect(ZResidentsSearch.parse({ status: 'all' }).status).toBe('all')
  })

  it('produces a query the API schema accepts', () => {
    const search = ZResidentsSearch.parse({ q: ' 张 ', tag: 'dibao', sort: '-birthDate' })
    expect(ZResidentListQuery.parse(toResidentListQuery(search, 'c1'))).toMatchObject({
      q: '张',
      tag: 'dibao',
      sort: '-birthDate',
      limit: 20,
      cursor: 'c1',
    })
  })

  it('sorts the age column by birth date the other way round', () => {
    expect(residentSortFrom('age', 'ascend')).toBe('-birthDate')
    expect(residentSortFrom('age', 'descend')).toBe('birthDate')
    expect(residentSortFrom('name', 'descend')).toBe('-name')
    expect(residentSortFrom('age', null)).toBe('name')
    expect(ageSortOrder('-birthDate')).toBe('ascend')
    expect(ageSortOrder('name')).toBeNull()
  })
})

describe('the filters a clerk asks for, as the API reads them', () => {
  it('sends an age band as 周岁 from–to, 未入户 as inHousehold=false, and drops unknown values', () => {
    const search = ZResidentsSearch.parse({
      sex: '2',
      age: 'elderly',
      household: 'none',
      buildingId: '0192f3a4-0000-4000-8000-000000000001',
    })
    expect(toResidentListQuery(search)).toMatchObject({
      sex: '2',
      ageFrom: 60,
      ageTo: undefined,
      inHousehold: 'false',
      buildingId: '0192f3a4-0000-4000-8000-000000000001',
    })
    expect(toResidentListQuery(ZResidentsSearch.parse({ age: 'working' }))).toMatchObject({
      ageFrom: 18,
      ageTo: 59,
    })
    expect(toResidentListQuery(ZResidentsSearch.parse({ household: 'in' })).inHousehold).toBe(
      'true',
    )
    expect(ZResidentsSearch.parse({ sex: '3', age: 'old', household: 'x' })).toMatchObject({
      sex: undefined,
      age: undefined,
      household: undefined,
    })
    expect(isResidentsSearchFiltered(ZResidentsSearch.parse({ age: 'minor' }))).toBe(true)
  })
})

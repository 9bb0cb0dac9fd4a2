import { ZResidentListQuery } from '@cr/shared/residents/resident'
import { describe, expect, it } from 'vitest'
import {
  ZResidentsSearch,
  ageSortOrder,
  isResidentsSearchFiltered,
  residentSortFrom,
  toResidentListQuery,
} from './resident-list-search'

describe('residents page search', () => {
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

import { describe, expect, it } from 'vitest'
import { ZBuildingListQuery } from '@cr/shared/places/building'
import { ZDwellingListQuery, dwellingUses } from '@cr/shared/places/dwelling'
import { ZBuildingsSearch, buildingSorts, toBuildingListQuery } from './building-search'
import {
  ZDwellingsSearch,
  dwellingSorts,
  dwellingUseFilters,
  toDwellingListQuery,
} from './dwelling-search'

describe('the buildings and dwellings list searches', () => {
  it('offer exactly the contract’s uses and orders it accepts', () => {
    expect([...dwellingUseFilters]).toEqual([...dwellingUses])
    for (const sort of buildingSorts)
      expect(ZBuildingListQuery.safeParse({ sort }).success).toBe(true)
    for (const sort of dwellingSorts)
      expect(ZDwellingListQuery.safeParse({ sort }).success).toBe(true)
  })

  it('drop bad values and give the API queries it accepts', () => {
    const buildings = ZBuildingsSearch.parse({ q: ' 3号楼 ', sort: 'height' })
    expect(buildings).toMatchObject({ q: '3号楼', sort: 'address' })
    expect(ZBuildingListQuery.parse(toBuildingListQuery(buildings)).q).toBe('3号楼')
    const dwellings = ZDwellingsSearch.parse({ use: 'castle', sort: '-createdAt' })
    expect(dwellings).toMatchObject({ use: undefined, sort: '-createdAt' })
    expect(ZDwellingListQuery.parse(toDwellingListQuery(dwellings)).sort).toBe('-createdAt')
  })
})

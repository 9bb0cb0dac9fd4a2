import { recordRoots } from '@/lib/record-keys'
import type { TBuildingsSearch } from '../utils/building-search'
import type { TDwellingsSearch } from '../utils/dwelling-search'

/** Query keys of buildings; writes invalidate `all` (tree, details, pickers). */
export const buildingKeys = {
  all: recordRoots.buildings,
  ofCommittee: (committeeId: string) => [...buildingKeys.all, 'committee', committeeId] as const,
  list: (search: TBuildingsSearch) => [...buildingKeys.all, 'list', search] as const,
  options: (q: string) => [...buildingKeys.all, 'options', q] as const,
  detail: (id: string) => [...buildingKeys.all, 'detail', id] as const,
}

/** Query keys of dwellings. */
export const dwellingKeys = {
  all: recordRoots.dwellings,
  list: (search: TDwellingsSearch) => [...dwellingKeys.all, 'list', search] as const,
  ofBuilding: (buildingId: string) => [...dwellingKeys.all, 'building', buildingId] as const,
  detail: (id: string) => [...dwellingKeys.all, 'detail', id] as const,
}

/** Who lives in a dwelling and its households: under the residents' and households' roots. */
export const dwellingPeopleKeys = {
  occupants: (dwellingId: string) => [...recordRoots.residents, 'dwelling', dwellingId] as const,
  households: (dwellingId: string) => [...recordRoots.households, 'dwelling', dwellingId] as const,
}

/** Everything a building, dwelling or household write can change on this page. */
export const placeRoots = [
  recordRoots.buildings,
  recordRoots.dwellings,
  recordRoots.residents,
  recordRoots.households,
] as const

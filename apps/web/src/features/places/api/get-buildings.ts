import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZBuildingPage } from '@cr/shared/places/building'
import { apiRequest } from '@/lib/api-client'
import { toBuildingListQuery, type TBuildingsSearch } from '../utils/building-search'
import { buildingKeys } from './place-keys'

/** One numbered page of the buildings list; the previous page stays while the next loads. */
export const getBuildingsQueryOptions = (search: TBuildingsSearch) =>
  queryOptions({
    queryKey: buildingKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest('/buildings', { query: toBuildingListQuery(search), signal }, ZBuildingPage),
    placeholderData: keepPreviousData,
  })

export const useBuildings = (search: TBuildingsSearch) => useQuery(getBuildingsQueryOptions(search))

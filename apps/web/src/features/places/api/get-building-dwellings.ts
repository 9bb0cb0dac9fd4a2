import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZDwellingPage } from '@cr/shared/places/dwelling'
import { apiRequest } from '@/lib/api-client'
import { fetchAllPages } from '@/lib/fetch-all-pages'
import { dwellingKeys } from './place-keys'

/** Every dwelling of one building (the tree groups them by unit). */
export const getBuildingDwellingsQueryOptions = (buildingId: string) =>
  queryOptions({
    queryKey: dwellingKeys.ofBuilding(buildingId),
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        apiRequest(
          '/dwellings',
          { query: { buildingId, sort: 'address', limit: 100, cursor }, signal },
          ZDwellingPage,
        ),
      ),
  })

export const useBuildingDwellings = (buildingId: string) =>
  useQuery(getBuildingDwellingsQueryOptions(buildingId))

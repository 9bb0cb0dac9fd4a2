import { queryOptions } from '@tanstack/react-query'
import { ZBuildingPage } from '@cr/shared/places/building'
import { apiRequest } from '@/lib/api-client'
import { fetchAllPages } from '@/lib/fetch-all-pages'
import { buildingKeys } from './place-keys'

/** Every building of one committee (a tree level), in address order. */
export const getCommitteeBuildingsQueryOptions = (committeeId: string) =>
  queryOptions({
    queryKey: buildingKeys.ofCommittee(committeeId),
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        apiRequest(
          '/buildings',
          { query: { committeeId, sort: 'address', limit: 100, cursor }, signal },
          ZBuildingPage,
        ),
      ),
  })

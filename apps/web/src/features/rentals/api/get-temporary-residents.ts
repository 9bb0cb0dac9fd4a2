import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZTemporaryResidentPage } from '@cr/shared/rentals/temporary-resident'
import { apiRequest } from '@/lib/api-client'
import {
  toTemporaryResidentListQuery,
  type TTemporaryResidentsSearch,
} from '../utils/temporary-resident-search'
import { rentalKeys } from './rental-keys'

/** One numbered page of 暂住人口 living here now. */
export const getTemporaryResidentsQueryOptions = (search: TTemporaryResidentsSearch) =>
  queryOptions({
    queryKey: rentalKeys.temporaryResidents(search),
    queryFn: ({ signal }) =>
      apiRequest(
        '/temporary-residents',
        { query: toTemporaryResidentListQuery(search), signal },
        ZTemporaryResidentPage,
      ),
    placeholderData: keepPreviousData,
  })

export const useTemporaryResidents = (search: TTemporaryResidentsSearch) =>
  useQuery(getTemporaryResidentsQueryOptions(search))

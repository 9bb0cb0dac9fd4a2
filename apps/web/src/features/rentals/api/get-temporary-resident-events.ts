import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZTemporaryResidentEvents } from '@cr/shared/rentals/temporary-resident'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

/** The registration's dated history, oldest first: 入住, 申报, 变更居住地, 注销. */
export const getTemporaryResidentEventsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: rentalKeys.temporaryResidentEvents(id),
    queryFn: ({ signal }) =>
      apiRequest(
        `/temporary-residents/${encodeURIComponent(id)}/events`,
        { signal },
        ZTemporaryResidentEvents,
      ),
  })

export const useTemporaryResidentEvents = (id: string) =>
  useQuery(getTemporaryResidentEventsQueryOptions(id))

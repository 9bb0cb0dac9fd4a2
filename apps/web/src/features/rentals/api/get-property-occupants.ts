import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZTemporaryResidentPage } from '@cr/shared/rentals/temporary-resident'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

/** The temporary residents living in a rental property now. */
export const getPropertyOccupantsQueryOptions = (propertyId: string) =>
  queryOptions({
    queryKey: rentalKeys.occupants(propertyId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/temporary-residents',
        { query: { propertyId, page: 1, limit: 100 }, signal },
        ZTemporaryResidentPage,
      ),
  })

export const usePropertyOccupants = (propertyId: string) =>
  useQuery(getPropertyOccupantsQueryOptions(propertyId))

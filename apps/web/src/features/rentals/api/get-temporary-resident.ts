import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

export const getTemporaryResidentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: rentalKeys.temporaryResident(id),
    queryFn: ({ signal }) =>
      apiRequest(`/temporary-residents/${encodeURIComponent(id)}`, { signal }, ZTemporaryResident),
  })

/** One temporary resident's registration (its version is what the steps send as If-Match). */
export const useTemporaryResident = (id: string) => useQuery(getTemporaryResidentQueryOptions(id))

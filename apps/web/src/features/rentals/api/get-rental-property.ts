import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZRentalProperty } from '@cr/shared/rentals/rental-property'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

export const getRentalPropertyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: rentalKeys.property(id),
    queryFn: ({ signal }) =>
      apiRequest(`/rental-properties/${encodeURIComponent(id)}`, { signal }, ZRentalProperty),
  })

export const useRentalProperty = (id: string) => useQuery(getRentalPropertyQueryOptions(id))

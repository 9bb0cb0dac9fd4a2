import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZRentalContract } from '@cr/shared/rentals/rental-contract'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

export const getRentalContractQueryOptions = (id: string) =>
  queryOptions({
    queryKey: rentalKeys.contract(id),
    queryFn: ({ signal }) =>
      apiRequest(`/rental-contracts/${encodeURIComponent(id)}`, { signal }, ZRentalContract),
  })

export const useRentalContract = (id: string) => useQuery(getRentalContractQueryOptions(id))

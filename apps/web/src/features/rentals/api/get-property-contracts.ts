import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZRentalContractPage } from '@cr/shared/rentals/rental-contract'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

/** A dwelling's contract history (治安责任书), the latest signed first. */
export const getPropertyContractsQueryOptions = (propertyId: string) =>
  queryOptions({
    queryKey: rentalKeys.contracts(propertyId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/rental-contracts',
        { query: { propertyId, sort: '-signedOn', page: 1, limit: 100 }, signal },
        ZRentalContractPage,
      ),
  })

export const usePropertyContracts = (propertyId: string) =>
  useQuery(getPropertyContractsQueryOptions(propertyId))

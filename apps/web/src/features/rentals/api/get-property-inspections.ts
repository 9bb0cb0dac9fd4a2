import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZRentalInspectionPage } from '@cr/shared/rentals/rental-inspection'
import { apiRequest } from '@/lib/api-client'
import { rentalCheckKeys } from './rental-check-keys'

/** A rented dwelling's inspections (检查), the latest first. */
export const getPropertyInspectionsQueryOptions = (propertyId: string) =>
  queryOptions({
    queryKey: rentalCheckKeys.inspections(propertyId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/rental-inspections',
        { query: { propertyId, sort: '-inspectedOn', page: 1, limit: 100 }, signal },
        ZRentalInspectionPage,
      ),
  })

export const usePropertyInspections = (propertyId: string) =>
  useQuery(getPropertyInspectionsQueryOptions(propertyId))

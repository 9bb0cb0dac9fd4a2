import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZRentalPropertyPage } from '@cr/shared/rentals/rental-property'
import { ZTemporaryResidentPage } from '@cr/shared/rentals/temporary-resident'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

type TOf = { dwellingId: string } | { landlordId: string } | { residentId: string }

/** The rental properties of a dwelling, or those a person lets as landlord. */
export const getRentalPropertiesOfQueryOptions = (
  of: { dwellingId: string } | { landlordId: string },
) =>
  queryOptions({
    queryKey: [...recordRoots.rentals, 'properties-of', of] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/rental-properties',
        { query: { ...of, page: 1, limit: 50 }, signal },
        ZRentalPropertyPage,
      ),
  })

/** The temporary residents living in a dwelling now, or a person's current registration. */
export const getTemporaryResidentsOfQueryOptions = (of: Exclude<TOf, { landlordId: string }>) =>
  queryOptions({
    queryKey: [...recordRoots.rentals, 'temporary-residents-of', of] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/temporary-residents',
        { query: { ...of, page: 1, limit: 100 }, signal },
        ZTemporaryResidentPage,
      ),
  })

export const useRentalPropertiesOf = (of: { dwellingId: string } | { landlordId: string }) =>
  useQuery(getRentalPropertiesOfQueryOptions(of))
export const useTemporaryResidentsOf = (of: Exclude<TOf, { landlordId: string }>) =>
  useQuery(getTemporaryResidentsOfQueryOptions(of))

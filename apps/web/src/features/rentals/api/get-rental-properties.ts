import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZRentalPropertyPage } from '@cr/shared/rentals/rental-property'
import { apiRequest } from '@/lib/api-client'
import { toRentalListQuery, type TRentalsSearch } from '../utils/rental-search'
import { rentalKeys } from './rental-keys'

/** One numbered page of 出租房屋; the previous page stays while the next loads. */
export const getRentalPropertiesQueryOptions = (search: TRentalsSearch) =>
  queryOptions({
    queryKey: rentalKeys.properties(search),
    queryFn: ({ signal }) =>
      apiRequest(
        '/rental-properties',
        { query: toRentalListQuery(search), signal },
        ZRentalPropertyPage,
      ),
    placeholderData: keepPreviousData,
  })

export const useRentalProperties = (search: TRentalsSearch) =>
  useQuery(getRentalPropertiesQueryOptions(search))

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ZRegistrationRate } from '@cr/shared/rentals/pending-registration'
import { apiRequest } from '@/lib/api-client'
import { rentalCheckKeys } from './rental-check-keys'

/** 登记率 as of a day, per committee and overall, in the user's committees. */
export const useRegistrationRate = (asOf: string) =>
  useQuery({
    queryKey: rentalCheckKeys.rate(asOf),
    queryFn: ({ signal }) =>
      apiRequest(
        '/temporary-residents/registration-rate',
        { query: { asOf }, signal },
        ZRegistrationRate,
      ),
    placeholderData: keepPreviousData,
  })

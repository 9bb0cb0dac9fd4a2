import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZPendingRegistrationPage } from '@cr/shared/rentals/pending-registration'
import { apiRequest } from '@/lib/api-client'
import { toPendingListQuery, type TPendingSearch } from '../utils/pending-search'
import { rentalCheckKeys } from './rental-check-keys'

/** One numbered page of 待登记人员. */
export const getPendingRegistrationsQueryOptions = (search: TPendingSearch) =>
  queryOptions({
    queryKey: rentalCheckKeys.pending(search),
    queryFn: ({ signal }) =>
      apiRequest(
        '/pending-registrations',
        { query: toPendingListQuery(search), signal },
        ZPendingRegistrationPage,
      ),
    placeholderData: keepPreviousData,
  })

export const usePendingRegistrations = (search: TPendingSearch) =>
  useQuery(getPendingRegistrationsQueryOptions(search))

/** The people still pending registration in one rented dwelling. */
export const usePropertyPending = (propertyId: string) =>
  useQuery({
    queryKey: rentalCheckKeys.propertyPending(propertyId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/pending-registrations',
        { query: { propertyId, state: 'pending', page: 1, limit: 100 }, signal },
        ZPendingRegistrationPage,
      ),
  })

import { queryOptions } from '@tanstack/react-query'
import { ZResidentPage } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { isIdNumberLike } from '@/lib/id-number-text'
import { householdsOfResidents } from '../utils/household-options'
import { householdKeys } from './household-keys'

/**
 * Households for the transfer picker, found through their members: the residents' `q` matches
 * an address fragment (胜利路3号楼) or a name, and each resident names their household.
 */
export const getHouseholdOptionsQueryOptions = (text: string) =>
  queryOptions({
    queryKey: householdKeys.options(text),
    queryFn: async ({ signal }) =>
      householdsOfResidents(
        (
          await apiRequest(
            '/residents',
            { query: { q: text, sort: 'name', limit: 50 }, signal },
            ZResidentPage,
          )
        ).items,
      ),
    // An ID number is not an address or a name, and must not go into a URL.
    enabled: text.length > 0 && !isIdNumberLike(text),
    staleTime: 30_000,
  })

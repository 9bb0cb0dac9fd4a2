import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZHouseholdPage } from '@cr/shared/households/household'
import { apiRequest } from '@/lib/api-client'
import { toHouseholdListQuery, type THouseholdsSearch } from '../utils/household-search'
import { householdKeys } from './household-keys'

export const getHouseholds = (search: THouseholdsSearch, signal?: AbortSignal) =>
  apiRequest('/households', { query: toHouseholdListQuery(search), signal }, ZHouseholdPage)

/** One numbered page; the previous page stays on screen while the next one loads. */
export const getHouseholdsQueryOptions = (search: THouseholdsSearch) =>
  queryOptions({
    queryKey: householdKeys.list(search),
    queryFn: ({ signal }) => getHouseholds(search, signal),
    placeholderData: keepPreviousData,
  })

export const useHouseholds = (search: THouseholdsSearch) =>
  useQuery(getHouseholdsQueryOptions(search))

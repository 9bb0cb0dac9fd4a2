import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZHousehold } from '@cr/shared/households/household'
import { apiRequest } from '@/lib/api-client'
import { householdKeys } from './household-keys'

export const getHousehold = (id: string, signal?: AbortSignal) =>
  apiRequest(`/households/${encodeURIComponent(id)}`, { signal }, ZHousehold)

export const getHouseholdQueryOptions = (id: string) =>
  queryOptions({
    queryKey: householdKeys.detail(id),
    queryFn: ({ signal }) => getHousehold(id, signal),
  })

export const useHousehold = (id: string) => useQuery(getHouseholdQueryOptions(id))

import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZResident } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { residentKeys } from './resident-keys'

export const getResident = (id: string, signal?: AbortSignal) =>
  apiRequest(`/residents/${encodeURIComponent(id)}`, { signal }, ZResident)

export const getResidentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: residentKeys.detail(id),
    queryFn: ({ signal }) => getResident(id, signal),
  })

/** The profile page's resident (refreshed like any page). */
export const useResident = (id: string) => useQuery(getResidentQueryOptions(id))

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const useResidentForEdit = (id: string) =>
  useQuery({ ...getResidentQueryOptions(id), ...editSnapshot })

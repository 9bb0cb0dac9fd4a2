import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZUser } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { userKeys } from './user-keys'

export const getUser = (id: string, signal?: AbortSignal) =>
  apiRequest(`/users/${encodeURIComponent(id)}`, { signal }, ZUser)

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const getUserQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => getUser(id, signal),
    ...editSnapshot,
  })

export const useUser = (id: string | undefined) =>
  useQuery({ ...getUserQueryOptions(id ?? ''), enabled: Boolean(id) })

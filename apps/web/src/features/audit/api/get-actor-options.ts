import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZUser, ZUserPage } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'

/**
 * Accounts to filter the log by (those who read the log may read users). Keyed under `users`,
 * so a change of an account refreshes the picker too.
 */
export const getActorOptionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['users', 'audit-actors', q],
    queryFn: ({ signal }) =>
      apiRequest('/users', { query: { q: q || undefined, limit: 50 }, signal }, ZUserPage),
    staleTime: 60_000,
  })

/** The account a filter in the URL names, so the picker shows its name, not its id. */
export const useActor = (id: string | undefined) =>
  useQuery({
    queryKey: ['users', 'audit-actor', id],
    queryFn: ({ signal }) => apiRequest(`/users/${encodeURIComponent(id!)}`, { signal }, ZUser),
    enabled: Boolean(id),
    staleTime: 60_000,
    retry: false,
  })

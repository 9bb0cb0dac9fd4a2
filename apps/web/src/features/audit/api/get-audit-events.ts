import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { ZAuditEventPage } from '@cr/shared/audit/audit-event'
import { apiRequest } from '@/lib/api-client'
import { toAuditListQuery, type TAuditSearch } from '../utils/audit-search'

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (search: TAuditSearch) => [...auditKeys.all, 'list', search] as const,
}

export const getAuditEvents = (search: TAuditSearch, cursor?: string, signal?: AbortSignal) =>
  apiRequest('/audit-events', { query: toAuditListQuery(search, cursor), signal }, ZAuditEventPage)

/** Newest first, keyset pages of 50. */
export const getAuditEventsQueryOptions = (search: TAuditSearch) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(search),
    queryFn: ({ pageParam, signal }) => getAuditEvents(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useAuditEvents = (search: TAuditSearch) =>
  useInfiniteQuery(getAuditEventsQueryOptions(search))

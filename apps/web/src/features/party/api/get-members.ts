import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query'
import { ZPartyMemberPage } from '@cr/shared/party/party-member'
import { apiRequest } from '@/lib/api-client'
import { fetchAllPages } from '@/lib/fetch-all-pages'
import { toMemberListQuery, type TMemberListFilters } from '../utils/member-search'
import { partyKeys } from './party-keys'

export const getMembers = (filters: TMemberListFilters, cursor?: string, signal?: AbortSignal) =>
  apiRequest(
    '/party-members',
    { query: toMemberListQuery(filters, cursor), signal },
    ZPartyMemberPage,
  )

/** The roster, keyset-paged: "load more" passes the previous page's `nextCursor`. */
export const getMembersQueryOptions = (filters: TMemberListFilters) =>
  infiniteQueryOptions({
    queryKey: partyKeys.memberList(filters),
    queryFn: ({ pageParam, signal }) => getMembers(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useMembers = (filters: TMemberListFilters) =>
  useInfiniteQuery(getMembersQueryOptions(filters))

/**
 * Every active member of an organisation's subtree, for the attendance of a meeting (a branch
 * has tens of members; at most 500 are loaded, as the meeting contract allows).
 */
export const useWholeRoster = (organizationId: string) =>
  useQuery(
    queryOptions({
      queryKey: partyKeys.roster(organizationId),
      queryFn: ({ signal }) =>
        fetchAllPages((cursor) => getMembers({ organizationId, limit: 100 }, cursor, signal), 5),
    }),
  )

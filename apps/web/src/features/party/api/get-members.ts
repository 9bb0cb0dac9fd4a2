import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZPartyMemberPage } from '@cr/shared/party/party-member'
import { apiRequest } from '@/lib/api-client'
import { fetchAllPages } from '@/lib/fetch-all-pages'
import type { TPageSearch } from '@/lib/search-params'
import { toMemberListQuery, type TMemberListFilters } from '../utils/member-search'
import { partyKeys } from './party-keys'

export const getMembers = (
  filters: TMemberListFilters,
  paging: { cursor: string | undefined } | TPageSearch,
  signal?: AbortSignal,
) =>
  apiRequest(
    '/party-members',
    { query: toMemberListQuery(filters, paging), signal },
    ZPartyMemberPage,
  )

/** One numbered page of the roster; the previous page stays on screen while the next loads. */
export const getMembersQueryOptions = (filters: TMemberListFilters, paging: TPageSearch) =>
  queryOptions({
    queryKey: partyKeys.memberList({ ...filters, ...paging }),
    queryFn: ({ signal }) => getMembers(filters, paging, signal),
    placeholderData: keepPreviousData,
  })

export const useMembers = (filters: TMemberListFilters, paging: TPageSearch) =>
  useQuery(getMembersQueryOptions(filters, paging))

/**
 * Every active member of an organisation's subtree, for the attendance of a meeting (a branch
 * has tens of members; at most 500 are loaded, as the meeting contract allows).
 */
export const useWholeRoster = (organizationId: string) =>
  useQuery(
    queryOptions({
      queryKey: partyKeys.roster(organizationId),
      queryFn: ({ signal }) =>
        fetchAllPages((cursor) => getMembers({ organizationId }, { cursor }, signal), 5),
    }),
  )

import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { ZCommitteePage } from '@cr/shared/committees/committee'
import { apiRequest } from '@/lib/api-client'
import { toCommitteeListQuery, type TCommitteeSearch } from '../utils/committee-search'
import { committeeKeys } from './committee-keys'

export const getCommittees = (search: TCommitteeSearch, cursor?: string, signal?: AbortSignal) =>
  apiRequest('/committees', { query: toCommitteeListQuery(search, cursor), signal }, ZCommitteePage)

/** Keyset pages: each "load more" passes the previous page's `nextCursor`. */
export const getCommitteesQueryOptions = (search: TCommitteeSearch) =>
  infiniteQueryOptions({
    queryKey: committeeKeys.list(search),
    queryFn: ({ pageParam, signal }) => getCommittees(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useCommittees = (search: TCommitteeSearch) =>
  useInfiniteQuery(getCommitteesQueryOptions(search))

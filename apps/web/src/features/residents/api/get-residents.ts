import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { ZResidentPage } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { toResidentListQuery, type TResidentsSearch } from '../utils/resident-list-search'
import { residentKeys } from './resident-keys'

export const getResidents = (search: TResidentsSearch, cursor?: string, signal?: AbortSignal) =>
  apiRequest('/residents', { query: toResidentListQuery(search, cursor), signal }, ZResidentPage)

/** Keyset pages: each "load more" passes the previous page's `nextCursor`. */
export const getResidentsQueryOptions = (search: TResidentsSearch) =>
  infiniteQueryOptions({
    queryKey: residentKeys.list(search),
    queryFn: ({ pageParam, signal }) => getResidents(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useResidents = (search: TResidentsSearch, enabled = true) =>
  useInfiniteQuery({ ...getResidentsQueryOptions(search), enabled })

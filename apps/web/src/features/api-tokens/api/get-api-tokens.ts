import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { ZApiTokenPage } from '@cr/shared/api-tokens/api-token'
import { apiRequest } from '@/lib/api-client'
import { toTokenListQuery, type TTokenSearch } from '../utils/token-search'
import { tokenKeys } from './token-keys'

export const getApiTokens = (search: TTokenSearch, cursor?: string, signal?: AbortSignal) =>
  apiRequest('/api-tokens', { query: toTokenListQuery(search, cursor), signal }, ZApiTokenPage)

export const getApiTokensQueryOptions = (search: TTokenSearch) =>
  infiniteQueryOptions({
    queryKey: tokenKeys.list(search),
    queryFn: ({ pageParam, signal }) => getApiTokens(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useApiTokens = (search: TTokenSearch) =>
  useInfiniteQuery(getApiTokensQueryOptions(search))

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZApiTokenPage } from '@cr/shared/api-tokens/api-token'
import { apiRequest } from '@/lib/api-client'
import { toTokenListQuery, type TTokenSearch } from '../utils/token-search'
import { tokenKeys } from './token-keys'

export const getApiTokens = (search: TTokenSearch, signal?: AbortSignal) =>
  apiRequest('/api-tokens', { query: toTokenListQuery(search), signal }, ZApiTokenPage)

/** One numbered page; the previous page stays on screen while the next one loads. */
export const getApiTokensQueryOptions = (search: TTokenSearch) =>
  queryOptions({
    queryKey: tokenKeys.list(search),
    queryFn: ({ signal }) => getApiTokens(search, signal),
    placeholderData: keepPreviousData,
  })

export const useApiTokens = (search: TTokenSearch) => useQuery(getApiTokensQueryOptions(search))

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZCommitteePage } from '@cr/shared/committees/committee'
import { apiRequest } from '@/lib/api-client'
import { toCommitteeListQuery, type TCommitteeSearch } from '../utils/committee-search'
import { committeeKeys } from './committee-keys'

export const getCommittees = (search: TCommitteeSearch, signal?: AbortSignal) =>
  apiRequest('/committees', { query: toCommitteeListQuery(search), signal }, ZCommitteePage)

/** One numbered page; the previous page stays on screen while the next one loads. */
export const getCommitteesQueryOptions = (search: TCommitteeSearch) =>
  queryOptions({
    queryKey: committeeKeys.list(search),
    queryFn: ({ signal }) => getCommittees(search, signal),
    placeholderData: keepPreviousData,
  })

export const useCommittees = (search: TCommitteeSearch) =>
  useQuery(getCommitteesQueryOptions(search))

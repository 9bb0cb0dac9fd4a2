import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZDwellingPage } from '@cr/shared/places/dwelling'
import { apiRequest } from '@/lib/api-client'
import { toDwellingListQuery, type TDwellingsSearch } from '../utils/dwelling-search'
import { dwellingKeys } from './place-keys'

/** One numbered page of the dwellings list; the previous page stays while the next loads. */
export const getDwellingsQueryOptions = (search: TDwellingsSearch) =>
  queryOptions({
    queryKey: dwellingKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest('/dwellings', { query: toDwellingListQuery(search), signal }, ZDwellingPage),
    placeholderData: keepPreviousData,
  })

export const useDwellings = (search: TDwellingsSearch) => useQuery(getDwellingsQueryOptions(search))

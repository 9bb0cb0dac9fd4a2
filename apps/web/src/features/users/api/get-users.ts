import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZUserPage } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { toUserListQuery, type TUserSearch } from '../utils/user-search'
import { userKeys } from './user-keys'

export const getUsers = (search: TUserSearch, signal?: AbortSignal) =>
  apiRequest('/users', { query: toUserListQuery(search), signal }, ZUserPage)

/** One numbered page; the previous page stays on screen while the next one loads. */
export const getUsersQueryOptions = (search: TUserSearch) =>
  queryOptions({
    queryKey: userKeys.list(search),
    queryFn: ({ signal }) => getUsers(search, signal),
    placeholderData: keepPreviousData,
  })

export const useUsers = (search: TUserSearch) => useQuery(getUsersQueryOptions(search))

import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { ZUserPage } from '@cr/shared/users/user'
import { apiRequest } from '@/lib/api-client'
import { toUserListQuery, type TUserSearch } from '../utils/user-search'
import { userKeys } from './user-keys'

export const getUsers = (search: TUserSearch, cursor?: string, signal?: AbortSignal) =>
  apiRequest('/users', { query: toUserListQuery(search, cursor), signal }, ZUserPage)

export const getUsersQueryOptions = (search: TUserSearch) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(search),
    queryFn: ({ pageParam, signal }) => getUsers(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useUsers = (search: TUserSearch) => useInfiniteQuery(getUsersQueryOptions(search))

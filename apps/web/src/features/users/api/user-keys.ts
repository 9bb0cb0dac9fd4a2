import type { TUserSearch } from '../utils/user-search'

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (search: TUserSearch) => [...userKeys.lists(), search] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
}

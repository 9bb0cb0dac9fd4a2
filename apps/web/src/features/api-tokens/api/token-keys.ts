import type { TTokenSearch } from '../utils/token-search'

export const tokenKeys = {
  all: ['api-tokens'] as const,
  lists: () => [...tokenKeys.all, 'list'] as const,
  list: (search: TTokenSearch) => [...tokenKeys.lists(), search] as const,
}

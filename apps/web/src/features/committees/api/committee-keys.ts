import type { TCommitteeSearch } from '../utils/committee-search'

/** Query keys of committees; mutations invalidate `all` (lists, details and pickers). */
export const committeeKeys = {
  all: ['committees'] as const,
  lists: () => [...committeeKeys.all, 'list'] as const,
  list: (search: TCommitteeSearch) => [...committeeKeys.lists(), search] as const,
  detail: (id: string) => [...committeeKeys.all, 'detail', id] as const,
}

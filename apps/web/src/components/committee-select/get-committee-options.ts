import { queryOptions } from '@tanstack/react-query'
import { ZCommitteePage } from '@cr/shared/committees/committee'
import { apiRequest } from '@/lib/api-client'

/**
 * Active committees for pickers. Keyed under `committees` so that any committee change
 * (which invalidates `['committees']`) refreshes the pickers too.
 */
export const getCommitteeOptionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['committees', 'options', q],
    queryFn: ({ signal }) =>
      apiRequest(
        '/committees',
        { query: { q: q || undefined, active: 'true', sort: 'code', limit: 100 }, signal },
        ZCommitteePage,
      ),
    staleTime: 60_000,
  })

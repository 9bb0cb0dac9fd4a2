import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ZPatrolFigures } from '@cr/shared/patrol/patrol-figures'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

export type TPatrolFiguresQuery = { month: string; committeeId?: string }

/** A month's patrol figures (GET /patrol-logs/figures); under the patrol root, so any patrol write refreshes them. */
export const usePatrolFigures = (q: TPatrolFiguresQuery) =>
  useQuery({
    queryKey: [...recordRoots.patrol, 'figures', q] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-logs/figures',
        { query: { month: q.month, committeeId: q.committeeId }, signal },
        ZPatrolFigures,
      ),
    placeholderData: keepPreviousData,
  })

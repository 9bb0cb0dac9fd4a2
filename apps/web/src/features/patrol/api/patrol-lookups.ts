import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ZPatrolRoutePage } from '@cr/shared/patrol/patrol-route'
import { ZPatrolTeamPage } from '@cr/shared/patrol/patrol-team'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

// The teams and routes a filter or the log form offers (one page of 100 holds a committee's).
// Read here rather than through patrol-teams.ts / patrol-routes.ts: importing those from these
// pages too would cut them into chunks of their own, and every chunk's name and preload list
// weighs on the first load (the bundle budget).

export const usePatrolTeamOptions = (committeeId?: string) =>
  useQuery({
    queryKey: [...recordRoots.patrol, 'teams', 'options', committeeId ?? null],
    queryFn: ({ signal }) =>
      apiRequest('/patrol-teams', { query: { committeeId, limit: 100 }, signal }, ZPatrolTeamPage),
    placeholderData: keepPreviousData,
  })

export const usePatrolRouteOptions = (committeeId: string | undefined) =>
  useQuery({
    queryKey: [...recordRoots.patrol, 'routes', 'options', committeeId ?? null],
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-routes',
        { query: { committeeId, limit: 100 }, signal },
        ZPatrolRoutePage,
      ),
    enabled: Boolean(committeeId),
  })

import { useQuery } from '@tanstack/react-query'
import { ZPatrolToday, type TPatrolToday } from '@cr/shared/patrol/patrol-plan'
import { ZPatrolRoute } from '@cr/shared/patrol/patrol-route'
import { ZPatrolTeam } from '@cr/shared/patrol/patrol-team'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/** What the phone reads: tonight's entries (`GET /patrol-plans/today`), a team, a route. */
export type TPhoneEntry = TPatrolToday['entries'][number]

const phoneKeys = {
  today: [...recordRoots.patrol, 'phone', 'today'] as const,
  team: (id: string) => [...recordRoots.patrol, 'teams', 'detail', id] as const,
  route: (id: string) => [...recordRoots.patrol, 'routes', 'detail', id] as const,
}

export const usePatrolToday = () =>
  useQuery({
    queryKey: phoneKeys.today,
    queryFn: ({ signal }) => apiRequest('/patrol-plans/today', { signal }, ZPatrolToday),
    // A phone reopened on patrol must not show an old night: read it again when shown.
    staleTime: 60_000,
  })

export const usePhoneTeam = (id: string | undefined) =>
  useQuery({
    queryKey: phoneKeys.team(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/patrol-teams/${encodeURIComponent(id!)}`, { signal }, ZPatrolTeam),
    enabled: !!id,
  })

export const usePhoneRoute = (id: string | null | undefined) =>
  useQuery({
    queryKey: phoneKeys.route(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/patrol-routes/${encodeURIComponent(id!)}`, { signal }, ZPatrolRoute),
    enabled: !!id,
  })

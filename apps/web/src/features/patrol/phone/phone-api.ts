import { useQuery } from '@tanstack/react-query'
import { ZDate } from '@cr/shared/common/record'
import { ZPatrolRosterEntry } from '@cr/shared/patrol/patrol-plan'
import { ZPatrolRoute } from '@cr/shared/patrol/patrol-route'
import { ZPatrolTeam } from '@cr/shared/patrol/patrol-team'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/**
 * What the phone reads. `GET /patrol-plans/today` is the plans module's (`ZPatrolToday` in
 * patrol-plan.ts once that lands); its shape is repeated here so this page does not wait on it.
 */
export const ZPhoneToday = z.object({
  serviceDate: ZDate,
  entries: z.array(ZPatrolRosterEntry),
})
export type TPhoneToday = z.infer<typeof ZPhoneToday>
export type TPhoneEntry = TPhoneToday['entries'][number]

const phoneKeys = {
  today: [...recordRoots.patrol, 'phone', 'today'] as const,
  team: (id: string) => [...recordRoots.patrol, 'teams', 'detail', id] as const,
  route: (id: string) => [...recordRoots.patrol, 'routes', 'detail', id] as const,
}

export const usePatrolToday = () =>
  useQuery({
    queryKey: phoneKeys.today,
    queryFn: ({ signal }) => apiRequest('/patrol-plans/today', { signal }, ZPhoneToday),
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

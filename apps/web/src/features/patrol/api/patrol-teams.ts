import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZPatrolTeam,
  ZPatrolTeamPage,
  type TPatrolTeamKind,
  type ZPatrolMemberJoin,
  type ZPatrolMemberLeave,
  type ZPatrolTeamCreate,
  type ZPatrolTeamUpdate,
} from '@cr/shared/patrol/patrol-team'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

const teamKeys = {
  all: [...recordRoots.patrol, 'teams'] as const,
  list: (q: TPatrolTeamsQuery) => [...teamKeys.all, 'list', q] as const,
}

export type TPatrolTeamsQuery = {
  committeeId?: string
  kind?: TPatrolTeamKind
  page: number
  size: number
}

export const usePatrolTeams = (q: TPatrolTeamsQuery) =>
  useQuery({
    queryKey: teamKeys.list(q),
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-teams',
        {
          query: { committeeId: q.committeeId, kind: q.kind, page: q.page, limit: q.size },
          signal,
        },
        ZPatrolTeamPage,
      ),
    placeholderData: keepPreviousData,
  })

const useWrite = <TInput>(send: (input: TInput) => Promise<unknown>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordRoots.patrol }),
  })
}

const teamUrl = (id: string) => `/patrol-teams/${encodeURIComponent(id)}`

export const useCreatePatrolTeam = () =>
  useWrite(
    ({
      data,
      idempotencyKey,
    }: {
      data: z.input<typeof ZPatrolTeamCreate>
      idempotencyKey: string
    }) => apiRequest('/patrol-teams', { method: 'POST', body: data, idempotencyKey }, ZPatrolTeam),
  )

type TChange<T> = { id: string; version: number; data: T; idempotencyKey?: string }

export const useUpdatePatrolTeam = () =>
  useWrite(({ id, version, data }: TChange<z.input<typeof ZPatrolTeamUpdate>>) =>
    apiRequest(teamUrl(id), { method: 'PATCH', body: data, ifMatch: version }, ZPatrolTeam),
  )

export const useDeletePatrolTeam = () =>
  useWrite(({ id, version }: { id: string; version: number }) =>
    apiRequest(teamUrl(id), { method: 'DELETE', ifMatch: version }),
  )

/** 入队 (the step `POST /:id/members`). */
export const useJoinPatrolTeam = () =>
  useWrite(({ id, version, data, idempotencyKey }: TChange<z.input<typeof ZPatrolMemberJoin>>) =>
    apiRequest(
      `${teamUrl(id)}/members`,
      { method: 'POST', body: data, ifMatch: version, idempotencyKey },
      ZPatrolTeam,
    ),
  )

/** 离队: the member's row stays with the day they left. */
export const useLeavePatrolTeam = () =>
  useWrite(
    ({
      id,
      memberId,
      version,
      data,
    }: TChange<z.input<typeof ZPatrolMemberLeave>> & { memberId: string }) =>
      apiRequest(
        `${teamUrl(id)}/members/${encodeURIComponent(memberId)}/leave`,
        { method: 'POST', body: data, ifMatch: version },
        ZPatrolTeam,
      ),
  )

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZPatrolPlan,
  ZPatrolPlanPage,
  ZPatrolRoster,
  ZRosterEditCreated,
  type TRosterEditCreate,
  type ZPatrolPlanCreate,
  type ZPatrolPlanUpdate,
} from '@cr/shared/patrol/patrol-plan'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

const planKeys = {
  all: [...recordRoots.patrol, 'plans'] as const,
  list: (q: TPatrolPlansQuery) => [...planKeys.all, 'list', q] as const,
  roster: (q: TRosterQuery) => [...planKeys.all, 'roster', q] as const,
}

export type TPatrolPlansQuery = {
  committeeId?: string
  teamId?: string
  page: number
  size: number
}
export type TRosterQuery = { month: string; committeeId?: string; teamId?: string }

export const usePatrolPlans = (q: TPatrolPlansQuery) =>
  useQuery({
    queryKey: planKeys.list(q),
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-plans',
        {
          query: { committeeId: q.committeeId, teamId: q.teamId, page: q.page, limit: q.size },
          signal,
        },
        ZPatrolPlanPage,
      ),
    placeholderData: keepPreviousData,
  })

/** 排班表: the month's entries with the office's edits applied. */
export const usePatrolRoster = (q: TRosterQuery) =>
  useQuery({
    queryKey: planKeys.roster(q),
    queryFn: ({ signal }) =>
      apiRequest('/patrol-plans/roster', { query: q, signal }, ZPatrolRoster),
    placeholderData: keepPreviousData,
  })

// Plans, edits and logs all move the roster: every write refreshes the patrol records.
const useWrite = <TInput, TResult>(send: (input: TInput) => Promise<TResult>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordRoots.patrol }),
  })
}

const planUrl = (id: string) => `/patrol-plans/${encodeURIComponent(id)}`

export const useCreatePatrolPlan = () =>
  useWrite(
    ({
      data,
      idempotencyKey,
    }: {
      data: z.input<typeof ZPatrolPlanCreate>
      idempotencyKey: string
    }) => apiRequest('/patrol-plans', { method: 'POST', body: data, idempotencyKey }, ZPatrolPlan),
  )

export const useUpdatePatrolPlan = () =>
  useWrite(
    ({
      id,
      version,
      data,
    }: {
      id: string
      version: number
      data: z.input<typeof ZPatrolPlanUpdate>
    }) => apiRequest(planUrl(id), { method: 'PATCH', body: data, ifMatch: version }, ZPatrolPlan),
  )

export const useDeletePatrolPlan = () =>
  useWrite(({ id, version }: { id: string; version: number }) =>
    apiRequest(planUrl(id), { method: 'DELETE', ifMatch: version }),
  )

/** 换班 / 顶班 / 请假 / 取消 on one roster entry. */
export const useCreateRosterEdit = () =>
  useWrite(({ data, idempotencyKey }: { data: TRosterEditCreate; idempotencyKey: string }) =>
    apiRequest(
      '/patrol-plans/roster-edits',
      { method: 'POST', body: data, idempotencyKey },
      ZRosterEditCreated,
    ),
  )

/** 撤销调整: the edit is deleted and the roster regenerated without it. */
export const useUndoRosterEdit = () =>
  useWrite((editId: string) =>
    apiRequest(`/patrol-plans/roster-edits/${encodeURIComponent(editId)}`, { method: 'DELETE' }),
  )

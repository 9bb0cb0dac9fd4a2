import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZBuildingPage } from '@cr/shared/places/building'
import {
  ZPatrolQrSheet,
  ZPatrolRoute,
  ZPatrolRoutePage,
  type ZPatrolRouteCreate,
  type ZPatrolRouteUpdate,
} from '@cr/shared/patrol/patrol-route'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

const routeKeys = {
  all: [...recordRoots.patrol, 'routes'] as const,
  list: (q: TPatrolRoutesQuery) => [...routeKeys.all, 'list', q] as const,
  detail: (id: string) => [...routeKeys.all, 'detail', id] as const,
  qr: (id: string) => [...routeKeys.all, 'qr', id] as const,
}

export type TPatrolRoutesQuery = { committeeId?: string; page: number; size: number }

const routeUrl = (id: string) => `/patrol-routes/${encodeURIComponent(id)}`

export const usePatrolRoutes = (q: TPatrolRoutesQuery) =>
  useQuery({
    queryKey: routeKeys.list(q),
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-routes',
        { query: { committeeId: q.committeeId, page: q.page, limit: q.size }, signal },
        ZPatrolRoutePage,
      ),
    placeholderData: keepPreviousData,
  })

export const usePatrolRoute = (id: string) =>
  useQuery({
    queryKey: routeKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(routeUrl(id), { signal }, ZPatrolRoute),
  })

export const usePatrolQrSheet = (id: string) =>
  useQuery({
    queryKey: routeKeys.qr(id),
    queryFn: ({ signal }) => apiRequest(`${routeUrl(id)}/qr-sheet`, { signal }, ZPatrolQrSheet),
  })

/** A committee's buildings, for a checkpoint's or a team's buildings (filtered in the picker). */
export const useCommitteeBuildings = (committeeId: string | undefined) =>
  useQuery({
    queryKey: [...recordRoots.buildings, 'patrol-options', committeeId] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/buildings',
        { query: { committeeId, sort: 'address', page: 1, limit: 100 }, signal },
        ZBuildingPage,
      ),
    enabled: Boolean(committeeId),
    staleTime: 30_000,
  })

const useWrite = <TInput, TResult>(send: (input: TInput) => Promise<TResult>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordRoots.patrol }),
  })
}

export const useCreatePatrolRoute = () =>
  useWrite(
    ({
      data,
      idempotencyKey,
    }: {
      data: z.input<typeof ZPatrolRouteCreate>
      idempotencyKey: string
    }) =>
      apiRequest('/patrol-routes', { method: 'POST', body: data, idempotencyKey }, ZPatrolRoute),
  )

export const useUpdatePatrolRoute = () =>
  useWrite(
    ({
      id,
      version,
      data,
    }: {
      id: string
      version: number
      data: z.input<typeof ZPatrolRouteUpdate>
    }) => apiRequest(routeUrl(id), { method: 'PATCH', body: data, ifMatch: version }, ZPatrolRoute),
  )

export const useDeletePatrolRoute = () =>
  useWrite(({ id, version }: { id: string; version: number }) =>
    apiRequest(routeUrl(id), { method: 'DELETE', ifMatch: version }),
  )

/** 重新生成二维码: the posted code of that checkpoint stops matching. */
export const useRegenerateCheckpointQr = () =>
  useWrite(({ id, checkpointId, version }: { id: string; checkpointId: string; version: number }) =>
    apiRequest(
      `${routeUrl(id)}/checkpoints/${encodeURIComponent(checkpointId)}/regenerate-qr`,
      { method: 'POST', body: {}, ifMatch: version },
      ZPatrolRoute,
    ),
  )

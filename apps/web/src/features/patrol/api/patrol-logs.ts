import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZPatrolLog,
  ZPatrolLogPage,
  type TPatrolLogCreate,
  type ZPatrolLogUpdate,
} from '@cr/shared/patrol/patrol-log'
import type { z } from 'zod'
import { apiBase, apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { toPatrolLogListQuery } from '../utils/patrol-log-query'
import { type TPatrolLogsSearch } from '../utils/patrol-log-search'

// The logs API (`/api/v1/patrol-logs`) is built beside this page by the logs module.
const logKeys = {
  all: [...recordRoots.patrol, 'logs'] as const,
  list: (q: object) => [...logKeys.all, 'list', q] as const,
  one: (id: string) => [...logKeys.all, 'one', id] as const,
}

const logUrl = (id: string) => `/patrol-logs/${encodeURIComponent(id)}`

/** One numbered page of the patrol register. */
export const usePatrolLogs = (search: TPatrolLogsSearch) =>
  useQuery({
    queryKey: logKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest('/patrol-logs', { query: toPatrolLogListQuery(search), signal }, ZPatrolLogPage),
    placeholderData: keepPreviousData,
  })

export const usePatrolLog = (id: string | undefined) =>
  useQuery({
    queryKey: logKeys.one(id ?? ''),
    queryFn: ({ signal }) => apiRequest(logUrl(id!), { signal }, ZPatrolLog),
    enabled: Boolean(id),
  })

/** A photo of a finding, as an <img> loads it (the session cookie goes with it). */
export const patrolPhotoSrc = (logId: string, photoId: string) =>
  `${apiBase}${logUrl(logId)}/photos/${encodeURIComponent(photoId)}`

const useWrite = <TInput, TOut>(send: (input: TInput) => Promise<TOut>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordRoots.patrol }),
  })
}

export const useCreatePatrolLog = () =>
  useWrite(({ data, idempotencyKey }: { data: TPatrolLogCreate; idempotencyKey: string }) =>
    apiRequest('/patrol-logs', { method: 'POST', body: data, idempotencyKey }, ZPatrolLog),
  )

export const useUpdatePatrolLog = () =>
  useWrite(
    ({
      id,
      version,
      data,
    }: {
      id: string
      version: number
      data: z.input<typeof ZPatrolLogUpdate>
    }) => apiRequest(logUrl(id), { method: 'PATCH', body: data, ifMatch: version }, ZPatrolLog),
  )

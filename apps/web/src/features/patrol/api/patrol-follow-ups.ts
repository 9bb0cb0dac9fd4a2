import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZPatrolFollowUp,
  ZPatrolFollowUpPage,
  type ZPatrolFollowUpClose,
  type ZPatrolFollowUpCreate,
  type ZPatrolFollowUpUpdate,
} from '@cr/shared/patrol/patrol-follow-up'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { toFollowUpListQuery } from '../utils/follow-up-query'
import { type TFollowUpsSearch } from '../utils/follow-up-search'

const followUpKeys = {
  all: [...recordRoots.patrol, 'follow-ups'] as const,
  list: (q: object) => [...followUpKeys.all, 'list', q] as const,
}

/** One numbered page of follow-ups. */
export const usePatrolFollowUps = (search: TFollowUpsSearch) =>
  useQuery({
    queryKey: followUpKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-follow-ups',
        { query: toFollowUpListQuery(search), signal },
        ZPatrolFollowUpPage,
      ),
    placeholderData: keepPreviousData,
  })

/** A log's follow-ups (a log has a few at most: one page of 100 is all of them). */
export const useLogFollowUps = (logId: string) =>
  useQuery({
    queryKey: followUpKeys.list({ logId }),
    queryFn: ({ signal }) =>
      apiRequest(
        '/patrol-follow-ups',
        { query: { logId, limit: 100, sort: 'dueOn' }, signal },
        ZPatrolFollowUpPage,
      ),
  })

// A follow-up changes its log's count of open follow-ups: the whole patrol root is refreshed.
const useWrite = <TInput>(send: (input: TInput) => Promise<unknown>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordRoots.patrol }),
  })
}

const url = (id: string) => `/patrol-follow-ups/${encodeURIComponent(id)}`

/** 开跟进 on a finding. */
export const useOpenFollowUp = () =>
  useWrite(
    ({
      data,
      idempotencyKey,
    }: {
      data: z.input<typeof ZPatrolFollowUpCreate>
      idempotencyKey: string
    }) =>
      apiRequest(
        '/patrol-follow-ups',
        { method: 'POST', body: data, idempotencyKey },
        ZPatrolFollowUp,
      ),
  )

type TChange<T> = { id: string; version: number; data: T; idempotencyKey?: string }

export const useUpdateFollowUp = () =>
  useWrite(({ id, version, data }: TChange<z.input<typeof ZPatrolFollowUpUpdate>>) =>
    apiRequest(url(id), { method: 'PATCH', body: data, ifMatch: version }, ZPatrolFollowUp),
  )

/** 办结 (the step `POST /:id/close`). */
export const useCloseFollowUp = () =>
  useWrite(({ id, version, data, idempotencyKey }: TChange<z.input<typeof ZPatrolFollowUpClose>>) =>
    apiRequest(
      `${url(id)}/close`,
      { method: 'POST', body: data, ifMatch: version, idempotencyKey },
      ZPatrolFollowUp,
    ),
  )

export const useDeleteFollowUp = () =>
  useWrite(({ id, version }: { id: string; version: number }) =>
    apiRequest(url(id), { method: 'DELETE', ifMatch: version }),
  )

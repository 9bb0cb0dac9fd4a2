import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZPairing,
  ZPairingPage,
  ZPairingRate,
  type ZPairingCreate,
  type ZPairingEnd,
  type ZPairingVisitCreate,
} from '@cr/shared/subsidies/pairing-record'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/** 一助一 pairings live under the cases' root: a pairing names a case's helper. */
const pairingKeys = {
  all: [...recordRoots.subsidyCases, 'pairings'] as const,
  list: (query: TPairingsQuery) => [...pairingKeys.all, 'list', query] as const,
  rate: () => [...pairingKeys.all, 'rate'] as const,
}

export type TPairingsQuery = {
  committeeId?: string
  caseId?: string
  active?: boolean
  page: number
  size: number
}

export const usePairings = (q: TPairingsQuery) =>
  useQuery({
    queryKey: pairingKeys.list(q),
    queryFn: ({ signal }) =>
      apiRequest(
        '/pairings',
        {
          query: {
            committeeId: q.committeeId,
            caseId: q.caseId,
            active: q.active === undefined ? undefined : String(q.active),
            page: q.page,
            limit: q.size,
          },
          signal,
        },
        ZPairingPage,
      ),
    placeholderData: keepPreviousData,
  })

/** 结对率 today: cases in payment with an active helper, per committee and overall. */
export const usePairingRate = () =>
  useQuery({
    queryKey: pairingKeys.rate(),
    queryFn: ({ signal }) => apiRequest('/pairings/rate', { signal }, ZPairingRate),
  })

/** Every pairing write changes the cases' helpers and the rate: the cases' root is invalidated. */
const useWrite = <TInput>(send: (input: TInput) => Promise<unknown>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordRoots.subsidyCases }),
  })
}

export const useCreatePairing = () =>
  useWrite(
    ({ data, idempotencyKey }: { data: z.input<typeof ZPairingCreate>; idempotencyKey: string }) =>
      apiRequest('/pairings', { method: 'POST', body: data, idempotencyKey }, ZPairing),
  )

type TStep<T> = { id: string; version: number; data: T; idempotencyKey: string }
const step =
  <T>(verb: 'end' | 'visits') =>
  ({ id, version, data, idempotencyKey }: TStep<T>) =>
    apiRequest(
      `/pairings/${encodeURIComponent(id)}/${verb}`,
      { method: 'POST', body: data, ifMatch: version, idempotencyKey },
      ZPairing,
    )

export const useEndPairing = () => useWrite(step<z.input<typeof ZPairingEnd>>('end'))
export const useAddPairingVisit = () =>
  useWrite(step<z.input<typeof ZPairingVisitCreate>>('visits'))

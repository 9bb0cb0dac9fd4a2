import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  ZCoBuildingUnit,
  ZCoBuildingUnitPage,
  type ZCoBuildingActivityCreate,
  type ZCoBuildingAgreementCreate,
  type ZCoBuildingUnitCreate,
  type ZCoBuildingUnitUpdate,
} from '@cr/shared/party/co-building'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { coBuildingKeys } from './party-keys'

export type TCoBuildingUnit = z.output<typeof ZCoBuildingUnit>

/** 共建单位, keyset-paged by name; `q` is part of the name. */
export const getUnitsQueryOptions = (q: string | undefined) =>
  infiniteQueryOptions({
    queryKey: coBuildingKeys.list(q),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(
        '/co-building-units',
        { query: { q: q || undefined, cursor: pageParam, limit: 50 }, signal },
        ZCoBuildingUnitPage,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useUnits = (q: string | undefined) => useInfiniteQuery(getUnitsQueryOptions(q))

export const useUnit = (id: string) =>
  useQuery({
    queryKey: coBuildingKeys.detail(id),
    queryFn: ({ signal }) =>
      apiRequest(`/co-building-units/${encodeURIComponent(id)}`, { signal }, ZCoBuildingUnit),
  })

export type TSaveUnitInput =
  | { mode: 'create'; data: z.input<typeof ZCoBuildingUnitCreate>; idempotencyKey: string }
  | { mode: 'edit'; id: string; version: number; data: z.input<typeof ZCoBuildingUnitUpdate> }

/** Every write answers with the whole unit (agreements and activities): the cache takes it. */
const useUnitWrite = <I>(send: (input: I) => Promise<TCoBuildingUnit>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: (unit) => {
      queryClient.setQueryData(coBuildingKeys.detail(unit.id), unit)
      return queryClient.invalidateQueries({ queryKey: [...coBuildingKeys.all, 'list'] })
    },
  })
}

export const useSaveUnit = () =>
  useUnitWrite((input: TSaveUnitInput) =>
    input.mode === 'create'
      ? apiRequest(
          '/co-building-units',
          { method: 'POST', body: input.data, idempotencyKey: input.idempotencyKey },
          ZCoBuildingUnit,
        )
      : apiRequest(
          `/co-building-units/${encodeURIComponent(input.id)}`,
          { method: 'PATCH', body: input.data, ifMatch: input.version },
          ZCoBuildingUnit,
        ),
  )

export type TAddAgreementInput = {
  unitId: string
  data: z.input<typeof ZCoBuildingAgreementCreate>
  idempotencyKey: string
}

export const useAddAgreement = () =>
  useUnitWrite(({ unitId, data, idempotencyKey }: TAddAgreementInput) =>
    apiRequest(
      `/co-building-units/${encodeURIComponent(unitId)}/agreements`,
      { method: 'POST', body: data, idempotencyKey },
      ZCoBuildingUnit,
    ),
  )

export type TAddActivityInput = {
  agreementId: string
  data: z.input<typeof ZCoBuildingActivityCreate>
  idempotencyKey: string
}

export const useAddActivity = () =>
  useUnitWrite(({ agreementId, data, idempotencyKey }: TAddActivityInput) =>
    apiRequest(
      `/co-building-units/agreements/${encodeURIComponent(agreementId)}/activities`,
      { method: 'POST', body: data, idempotencyKey },
      ZCoBuildingUnit,
    ),
  )

/** Soft delete with If-Match. */
export const useDeleteUnit = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiRequest(`/co-building-units/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        ifMatch: version,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coBuildingKeys.all }),
  })
}

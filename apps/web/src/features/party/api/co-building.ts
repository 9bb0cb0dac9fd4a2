import {
  keepPreviousData,
  queryOptions,
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
import { toCoBuildingListQuery, type TCoBuildingSearch } from '../utils/co-building-search'
import { coBuildingKeys } from './party-keys'

export type TCoBuildingUnit = z.output<typeof ZCoBuildingUnit>

/**
 * 共建单位 by name, one numbered page (`q` is part of the name); the previous page stays on
 * screen while the next one loads.
 */
export const getUnitsQueryOptions = (search: TCoBuildingSearch) => {
  const query = toCoBuildingListQuery(search)
  return queryOptions({
    queryKey: coBuildingKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest('/co-building-units', { query, signal }, ZCoBuildingUnitPage),
    placeholderData: keepPreviousData,
  })
}

export const useUnits = (search: TCoBuildingSearch) => useQuery(getUnitsQueryOptions(search))

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

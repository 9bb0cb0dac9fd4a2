import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZPendingRegistration,
  type ZPendingRegistrationCreate,
  type ZPendingRegistrationResolve,
} from '@cr/shared/rentals/pending-registration'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

type TResolve = {
  id: string
  version: number
  data: z.output<typeof ZPendingRegistrationResolve>
  idempotencyKey: string
}

/** 核销: the person is not living there after all (or registered elsewhere), with why (If-Match). */
export const resolvePendingRegistration = ({ id, version, data, idempotencyKey }: TResolve) =>
  apiRequest(
    `/pending-registrations/${encodeURIComponent(id)}/resolve`,
    { method: 'POST', body: data, ifMatch: version, idempotencyKey },
    ZPendingRegistration,
  )

export const useResolvePendingRegistration = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resolvePendingRegistration,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rentalKeys.all }),
  })
}

type TReport = {
  data: z.output<typeof ZPendingRegistrationCreate>
  idempotencyKey: string
}

/** 报告: a person a 楼长, the landlord or anyone else says lives there unregistered. */
export const reportPendingRegistration = ({ data, idempotencyKey }: TReport) =>
  apiRequest(
    '/pending-registrations',
    { method: 'POST', body: data, idempotencyKey },
    ZPendingRegistration,
  )

export const useReportPendingRegistration = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: reportPendingRegistration,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rentalKeys.all }),
  })
}

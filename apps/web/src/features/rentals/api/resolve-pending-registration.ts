import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZPendingRegistration,
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

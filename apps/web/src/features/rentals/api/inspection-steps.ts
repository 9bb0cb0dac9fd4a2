import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZRentalInspection,
  type ZRentalInspectionCreate,
  type ZRentalInspectionRectify,
} from '@cr/shared/rentals/rental-inspection'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

type TRecord = { data: z.output<typeof ZRentalInspectionCreate>; idempotencyKey: string }
type TRectify = {
  id: string
  version: number
  data: z.output<typeof ZRentalInspectionRectify>
  idempotencyKey: string
}

/** 记录检查: the visit, and the people found unregistered as pending registration. */
export const recordInspection = ({ data, idempotencyKey }: TRecord) =>
  apiRequest(
    '/rental-inspections',
    { method: 'POST', body: data, idempotencyKey },
    ZRentalInspection,
  )

/** 整改完成: the rectification confirmed on a day (If-Match). */
export const rectifyInspection = ({ id, version, data, idempotencyKey }: TRectify) =>
  apiRequest(
    `/rental-inspections/${encodeURIComponent(id)}/rectify`,
    { method: 'POST', body: data, ifMatch: version, idempotencyKey },
    ZRentalInspection,
  )

const useRentalMutation = <TIn, TOut>(fn: (input: TIn) => Promise<TOut>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rentalKeys.all }),
  })
}

export const useRecordInspection = () => useRentalMutation(recordInspection)
export const useRectifyInspection = () => useRentalMutation(rectifyInspection)

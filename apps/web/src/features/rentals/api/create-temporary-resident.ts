import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZTemporaryResident,
  type ZTemporaryResidentCreate,
} from '@cr/shared/rentals/temporary-resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { rentalWriteRoots } from './rental-keys'

export type TCreateTemporaryResidentInput = {
  data: z.output<typeof ZTemporaryResidentCreate>
  idempotencyKey: string
}

/** 暂住登记 at the desk: the person found or registered, where and since when they live. */
export const createTemporaryResident = ({ data, idempotencyKey }: TCreateTemporaryResidentInput) =>
  apiRequest(
    '/temporary-residents',
    { method: 'POST', body: data, idempotencyKey },
    ZTemporaryResident,
  )

export const useCreateTemporaryResident = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createTemporaryResident,
    onSuccess: () =>
      Promise.all(rentalWriteRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

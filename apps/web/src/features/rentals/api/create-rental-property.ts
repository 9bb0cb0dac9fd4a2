import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZRentalProperty, type ZRentalPropertyCreate } from '@cr/shared/rentals/rental-property'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { rentalWriteRoots } from './rental-keys'

export type TCreateRentalPropertyInput = {
  data: z.output<typeof ZRentalPropertyCreate>
  idempotencyKey: string
}

/** 登记出租房屋 (a new landlord is registered with it, living elsewhere). */
export const createRentalProperty = ({ data, idempotencyKey }: TCreateRentalPropertyInput) =>
  apiRequest('/rental-properties', { method: 'POST', body: data, idempotencyKey }, ZRentalProperty)

export const useCreateRentalProperty = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createRentalProperty,
    onSuccess: () =>
      Promise.all(rentalWriteRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZResident, type ZResidentCreate } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

export type TCreateResidentInput = {
  data: z.output<typeof ZResidentCreate>
  idempotencyKey: string
}

/** 409 `id_number_taken` carries `existing`: the person this ID number already belongs to. */
export const createResident = ({ data, idempotencyKey }: TCreateResidentInput) =>
  apiRequest('/residents', { method: 'POST', body: data, idempotencyKey }, ZResident)

export const useCreateResident = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createResident,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentKeys.all }),
  })
}

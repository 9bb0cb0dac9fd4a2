import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZHousehold, type ZHouseholdCreate } from '@cr/shared/households/household'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { placeRoots } from './place-keys'

export type TCreateHouseholdInput = {
  data: z.output<typeof ZHouseholdCreate>
  idempotencyKey: string
}

/** 立户 in a dwelling: its head and members move in on the given date. */
export const createHousehold = ({ data, idempotencyKey }: TCreateHouseholdInput) =>
  apiRequest('/households', { method: 'POST', body: data, idempotencyKey }, ZHousehold)

/** Residents, the dwelling's occupant count and the households all change. */
export const useCreateHousehold = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createHousehold,
    onSuccess: () =>
      Promise.all(placeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

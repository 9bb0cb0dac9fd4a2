import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZHousehold, type ZHouseholdRegister } from '@cr/shared/households/household'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { placeRoots } from './place-keys'

export type TRegisterHouseholdInput = {
  data: z.input<typeof ZHouseholdRegister>
  idempotencyKey: string
}

/** 登记住户: the household and all its members (new people registered with it) in one request. */
export const registerHousehold = ({ data, idempotencyKey }: TRegisterHouseholdInput) =>
  apiRequest('/households/register', { method: 'POST', body: data, idempotencyKey }, ZHousehold)

/** Residents, the dwelling's occupant count and the households all change. */
export const useRegisterHousehold = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: registerHousehold,
    onSuccess: () =>
      Promise.all(placeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

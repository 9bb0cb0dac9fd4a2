import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZTemporaryResident,
  type TTemporaryResident,
  type ZTemporaryResidentLeave,
  type ZTemporaryResidentMove,
  type ZTemporaryResidentRegister,
} from '@cr/shared/rentals/temporary-resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { rentalWriteRoots } from './rental-keys'

type TStep<TBody> = { id: string; version: number; data: TBody; idempotencyKey: string }

const step =
  <TBody>(verb: 'register' | 'move' | 'leave') =>
  ({ id, version, data, idempotencyKey }: TStep<TBody>) =>
    apiRequest(
      `/temporary-residents/${encodeURIComponent(id)}/${verb}`,
      { method: 'POST', body: data, ifMatch: version, idempotencyKey },
      ZTemporaryResident,
    )

/** 申报: declared on a day (late is recorded as late). */
export const registerTemporaryResident =
  step<z.output<typeof ZTemporaryResidentRegister>>('register')
/** 变更居住地: to another dwelling on a day. */
export const moveTemporaryResident = step<z.output<typeof ZTemporaryResidentMove>>('move')
/** 注销: left on a day, with a reason. */
export const leaveTemporaryResident = step<z.output<typeof ZTemporaryResidentLeave>>('leave')

const useStep = <TBody>(fn: (input: TStep<TBody>) => Promise<TTemporaryResident>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(rentalWriteRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

export const useRegisterTemporaryResident = () => useStep(registerTemporaryResident)
export const useMoveTemporaryResident = () => useStep(moveTemporaryResident)
export const useLeaveTemporaryResident = () => useStep(leaveTemporaryResident)

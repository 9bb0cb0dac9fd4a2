import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZRentalContract,
  type ZRentalContractCancel,
  type ZRentalContractCreate,
  type ZRentalContractRenew,
} from '@cr/shared/rentals/rental-contract'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { rentalKeys } from './rental-keys'

type TSign = { data: z.output<typeof ZRentalContractCreate>; idempotencyKey: string }
type TRenew = {
  id: string
  version: number
  data: z.output<typeof ZRentalContractRenew>
  idempotencyKey: string
}
type TCancel = {
  id: string
  version: number
  data: z.output<typeof ZRentalContractCancel>
  idempotencyKey: string
}

/** 签订: a new 治安责任书 for a rental property (the number follows the office's scheme if blank). */
export const signContract = ({ data, idempotencyKey }: TSign) =>
  apiRequest('/rental-contracts', { method: 'POST', body: data, idempotencyKey }, ZRentalContract)

/** 续签: a new contract linked to the old one (If-Match on the old). */
export const renewContract = ({ id, version, data, idempotencyKey }: TRenew) =>
  apiRequest(
    `/rental-contracts/${encodeURIComponent(id)}/renew`,
    { method: 'POST', body: data, ifMatch: version, idempotencyKey },
    ZRentalContract,
  )

/** 注销: the contract ends on a day, for a reason (If-Match). */
export const cancelContract = ({ id, version, data, idempotencyKey }: TCancel) =>
  apiRequest(
    `/rental-contracts/${encodeURIComponent(id)}/cancel`,
    { method: 'POST', body: data, ifMatch: version, idempotencyKey },
    ZRentalContract,
  )

const useRentalMutation = <TIn, TOut>(fn: (input: TIn) => Promise<TOut>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rentalKeys.all }),
  })
}

export const useSignContract = () => useRentalMutation(signContract)
export const useRenewContract = () => useRentalMutation(renewContract)
export const useCancelContract = () => useRentalMutation(cancelContract)

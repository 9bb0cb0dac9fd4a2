import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZDuesBatchResult, type ZDuesBatchPayment } from '@cr/shared/party/party-member'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

export type TPayDuesBatchInput = {
  data: z.output<typeof ZDuesBatchPayment>
  idempotencyKey: string
}

/** 批量登记党费: one transaction for all the selected members (all recorded, or none). */
export const usePayDuesBatch = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ data, idempotencyKey }: TPayDuesBatchInput) =>
      apiRequest(
        '/party-members/dues-payments',
        { method: 'POST', body: data, idempotencyKey },
        ZDuesBatchResult,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZPartyTransfer, type ZTransferReceipt } from '@cr/shared/party/party-member'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

export type TPartyTransfer = z.output<typeof ZPartyTransfer>

/** The letter's data (介绍信), with its validity on today's date. */
export const useTransfer = (id: string) =>
  useQuery({
    queryKey: partyKeys.transfer(id),
    queryFn: ({ signal }) =>
      apiRequest(`/party-transfers/${encodeURIComponent(id)}`, { signal }, ZPartyTransfer),
  })

/** Counts one printing, as the 存根 register keeps it. */
export const useLetterPrinted = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(
        `/party-transfers/${encodeURIComponent(id)}/printed`,
        { method: 'POST' },
        ZPartyTransfer,
      ),
    onSuccess: (transfer) => queryClient.setQueryData(partyKeys.transfer(transfer.id), transfer),
  })
}

export type TReceiptInput = {
  id: string
  data: z.input<typeof ZTransferReceipt>
  idempotencyKey: string
}

/** The 回执 came back: the letter is closed and leaves the home reminders. */
export const useTransferReceipt = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, data, idempotencyKey }: TReceiptInput) =>
      apiRequest(
        `/party-transfers/${encodeURIComponent(id)}/receipt`,
        { method: 'POST', body: data, idempotencyKey },
        ZPartyTransfer,
      ),
    onSuccess: (transfer) => {
      queryClient.setQueryData(partyKeys.transfer(transfer.id), transfer)
      return queryClient.invalidateQueries({ queryKey: partyKeys.all })
    },
  })
}

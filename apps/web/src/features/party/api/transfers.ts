import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZPartyTransfer } from '@cr/shared/party/party-member'
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

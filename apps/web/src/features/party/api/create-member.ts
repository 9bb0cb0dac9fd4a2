import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZPartyMember, type ZPartyMemberCreate } from '@cr/shared/party/party-member'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

export type TCreateMemberInput = {
  data: z.input<typeof ZPartyMemberCreate>
  idempotencyKey: string
}

/** A resident of the registry joins the roster (409 `party_member_exists` if already on it). */
export const useCreateMember = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ data, idempotencyKey }: TCreateMemberInput) =>
      apiRequest('/party-members', { method: 'POST', body: data, idempotencyKey }, ZPartyMember),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

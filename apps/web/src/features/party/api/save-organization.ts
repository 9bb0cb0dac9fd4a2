import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZPartyOrganization,
  type ZPartyOrganizationCreate,
  type ZPartyOrganizationUpdate,
} from '@cr/shared/party/party-organization'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

export type TSaveOrganizationInput =
  | { mode: 'create'; data: z.input<typeof ZPartyOrganizationCreate>; idempotencyKey: string }
  | { mode: 'edit'; id: string; version: number; data: z.input<typeof ZPartyOrganizationUpdate> }

/** POST a new node, or PATCH one with If-Match (412 when someone changed it meanwhile). */
export const saveOrganization = (input: TSaveOrganizationInput) =>
  input.mode === 'create'
    ? apiRequest(
        '/party-organizations',
        { method: 'POST', body: input.data, idempotencyKey: input.idempotencyKey },
        ZPartyOrganization,
      )
    : apiRequest(
        `/party-organizations/${encodeURIComponent(input.id)}`,
        { method: 'PATCH', body: input.data, ifMatch: input.version },
        ZPartyOrganization,
      )

export const useSaveOrganization = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

/** Only an empty node can go (409 `party_organization_not_empty` otherwise). */
export const useDeleteOrganization = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiRequest(`/party-organizations/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        ifMatch: version,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZApiToken } from '@cr/shared/api-tokens/api-token'
import { apiRequest } from '@/lib/api-client'
import { tokenKeys } from './token-keys'

export type TRevokeApiTokenInput = { id: string; idempotencyKey: string }

export const revokeApiToken = ({ id, idempotencyKey }: TRevokeApiTokenInput) =>
  apiRequest(
    `/api-tokens/${encodeURIComponent(id)}/revoke`,
    { method: 'POST', idempotencyKey },
    ZApiToken,
  )

export const useRevokeApiToken = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.lists() }),
  })
}

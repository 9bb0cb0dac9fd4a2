import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZApiTokenCreated, type TApiTokenCreate } from '@cr/shared/api-tokens/api-token'
import { apiRequest } from '@/lib/api-client'
import { tokenKeys } from './token-keys'

export type TCreateApiTokenInput = { data: TApiTokenCreate; idempotencyKey: string }

/** Answers with the secret, once. A retried submission (same key) gets the same token back. */
export const createApiToken = ({ data, idempotencyKey }: TCreateApiTokenInput) =>
  apiRequest('/api-tokens', { method: 'POST', body: data, idempotencyKey }, ZApiTokenCreated)

export const useCreateApiToken = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.lists() }),
  })
}

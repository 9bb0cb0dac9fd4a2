import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZCommittee, type TCommitteeCreate } from '@cr/shared/committees/committee'
import { apiRequest } from '@/lib/api-client'
import { committeeKeys } from './committee-keys'

export type TCreateCommitteeInput = { data: TCommitteeCreate; idempotencyKey: string }

export const createCommittee = ({ data, idempotencyKey }: TCreateCommitteeInput) =>
  apiRequest('/committees', { method: 'POST', body: data, idempotencyKey }, ZCommittee)

export const useCreateCommittee = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createCommittee,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  })
}

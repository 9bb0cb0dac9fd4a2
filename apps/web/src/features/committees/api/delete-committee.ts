import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { committeeKeys } from './committee-keys'

export type TDeleteCommitteeInput = { id: string; version: number }

/** Soft delete with If-Match; an administrator can restore it. */
export const deleteCommittee = ({ id, version }: TDeleteCommitteeInput) =>
  apiRequest(`/committees/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version })

export const useDeleteCommittee = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteCommittee,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  })
}

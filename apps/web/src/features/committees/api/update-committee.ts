import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZCommittee, type TCommitteeUpdate } from '@cr/shared/committees/committee'
import { apiRequest } from '@/lib/api-client'
import { committeeKeys } from './committee-keys'

export type TUpdateCommitteeInput = { id: string; version: number; data: TCommitteeUpdate }

/** PATCH with If-Match: a committee changed by someone else since it was read answers 412. */
export const updateCommittee = ({ id, version, data }: TUpdateCommitteeInput) =>
  apiRequest(
    `/committees/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZCommittee,
  )

export const useUpdateCommittee = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateCommittee,
    onSuccess: (committee) => {
      queryClient.setQueryData(committeeKeys.detail(committee.id), committee)
      return queryClient.invalidateQueries({ queryKey: committeeKeys.lists() })
    },
  })
}

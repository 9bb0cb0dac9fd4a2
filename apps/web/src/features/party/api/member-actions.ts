import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZPartyEvaluation,
  ZPartyMember,
  type ZPartyEvaluationCreate,
  type ZPartyMemberUpdate,
  type ZTransferIn,
} from '@cr/shared/party/party-member'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

export type TUpdateMemberInput = {
  id: string
  version: number
  data: z.input<typeof ZPartyMemberUpdate>
}

/** 编辑: the fields a clerk may correct, with If-Match (412 when someone changed it meanwhile). */
export const useUpdateMember = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version, data }: TUpdateMemberInput) =>
      apiRequest(
        `/party-members/${encodeURIComponent(id)}`,
        { method: 'PATCH', body: data, ifMatch: version },
        ZPartyMember,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

export type TTransferInInput = { data: z.input<typeof ZTransferIn>; idempotencyKey: string }

/** 组织关系转入 (400 `party_letter_expired` on `letter.receivedOn` for a lapsed letter). */
export const useTransferIn = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ data, idempotencyKey }: TTransferInInput) =>
      apiRequest(
        '/party-members/transfer-in',
        { method: 'POST', body: data, idempotencyKey },
        ZPartyMember,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

const ZEvaluations = z.object({ items: z.array(ZPartyEvaluation) })
export type TPartyEvaluation = z.output<typeof ZPartyEvaluation>

/** 民主评议 grades by year. */
export const useEvaluations = (memberId: string) =>
  useQuery({
    queryKey: partyKeys.evaluations(memberId),
    queryFn: ({ signal }) =>
      apiRequest(
        `/party-members/${encodeURIComponent(memberId)}/evaluations`,
        { signal },
        ZEvaluations,
      ),
  })

export type TEvaluateInput = {
  memberId: string
  data: z.input<typeof ZPartyEvaluationCreate>
  idempotencyKey: string
}

/** A year's grade (replacing an earlier one); 409 `party_evaluation_excellent_quota` past a third. */
export const useEvaluateMember = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ memberId, data, idempotencyKey }: TEvaluateInput) =>
      apiRequest(
        `/party-members/${encodeURIComponent(memberId)}/evaluations`,
        { method: 'POST', body: data, idempotencyKey },
        ZPartyEvaluation,
      ),
    onSuccess: (_evaluation, { memberId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partyKeys.evaluations(memberId) }),
        queryClient.invalidateQueries({ queryKey: partyKeys.history(memberId) }),
      ]),
  })
}

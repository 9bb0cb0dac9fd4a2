import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZPartyMember,
  ZPartyTransfer,
  type ZConfirmMembership,
  type ZDuesPaymentCreate,
  type ZExtendProbation,
  type ZMemberLeave,
  type ZTransferOut,
} from '@cr/shared/party/party-member'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

type TStepInput<T> = { id: string; version: number; data: T; idempotencyKey: string }

const postStep = <T, R>(verb: string, schema: z.ZodType<R>, input: TStepInput<T>) =>
  apiRequest(
    `/party-members/${encodeURIComponent(input.id)}/${verb}`,
    {
      method: 'POST',
      body: input.data,
      ifMatch: input.version,
      idempotencyKey: input.idempotencyKey,
    },
    schema,
  )

/**
 * A life-cycle step changes the member, their history, the roster counts of the tree, the dues
 * roll and the reminders: the whole party cache is refreshed.
 */
const useStep = <T, R>(verb: string, schema: z.ZodType<R>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: TStepInput<T>) => postStep(verb, schema, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

/** 转正 on the branch meeting's date (400 `party_full_membership_early` on `on` if too soon). */
export const useConfirmMembership = () =>
  useStep<z.input<typeof ZConfirmMembership>, z.output<typeof ZPartyMember>>(
    'confirm',
    ZPartyMember,
  )

/** 延长预备期: once, 6 to 12 months. */
export const useExtendProbation = () =>
  useStep<z.input<typeof ZExtendProbation>, z.output<typeof ZPartyMember>>(
    'extend-probation',
    ZPartyMember,
  )

/** 组织关系转出: answers with the letter, which the page opens for printing. */
export const useTransferOut = () =>
  useStep<z.input<typeof ZTransferOut>, z.output<typeof ZPartyTransfer>>(
    'transfer-out',
    ZPartyTransfer,
  )

/** 出党, death or expulsion: the member leaves the roll (the record and its history stay). */
export const useLeaveRoll = () =>
  useStep<z.input<typeof ZMemberLeave>, z.output<typeof ZPartyMember>>('leave', ZPartyMember)

export type TPayDuesInput = {
  id: string
  data: z.input<typeof ZDuesPaymentCreate>
  idempotencyKey: string
}

/** One month's dues; no If-Match (a payment is a new row, not a change of the member). */
export const usePayDues = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, data, idempotencyKey }: TPayDuesInput) =>
      apiRequest(
        `/party-members/${encodeURIComponent(id)}/dues-payments`,
        { method: 'POST', body: data, idempotencyKey },
        ZPartyMember,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}

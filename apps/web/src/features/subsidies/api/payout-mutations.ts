import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZSubsidyPayout, type TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'
import { apiBase, apiRequest, newIdempotencyKey } from '@/lib/api-client'
import { payoutChanges, type TPayoutChanges } from '../utils/payout-changes'
import { subsidyPayoutKeys } from './payout-keys'

type TGenerate = { committeeId: string; month: string; previousId: string | null }

/**
 * 生成花名册 (again, while a draft): the draft as it was is read first, so that the answer can
 * say what generating changed.
 */
const generatePayout = async ({ committeeId, month, previousId }: TGenerate) => {
  const before = previousId
    ? await apiRequest(`/subsidy-payouts/${encodeURIComponent(previousId)}`, {}, ZSubsidyPayout)
    : null
  const after = await apiRequest(
    '/subsidy-payouts',
    { method: 'POST', body: { committeeId, month }, idempotencyKey: newIdempotencyKey() },
    ZSubsidyPayout,
  )
  return { payout: after, changes: payoutChanges(before, after) }
}

/** 核对锁定 (supervisors): the roll becomes final; If-Match on the version shown. */
const lockPayout = ({ id, version }: { id: string; version: number }) =>
  apiRequest(
    `/subsidy-payouts/${encodeURIComponent(id)}/lock`,
    { method: 'POST', body: {}, ifMatch: version, idempotencyKey: newIdempotencyKey() },
    ZSubsidyPayout,
  )

const usePayoutMutation = <TIn, TOut>(fn: (input: TIn) => Promise<TOut>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyPayoutKeys.all }),
  })
}

export const useGeneratePayout = () =>
  usePayoutMutation<TGenerate, { payout: TSubsidyPayout; changes: TPayoutChanges }>(generatePayout)
export const useLockPayout = () => usePayoutMutation(lockPayout)

/** The bank's transfer file of a locked roll: a plain link, so the browser downloads it. */
export const bankFileHref = (id: string, format: 'xlsx' | 'csv') =>
  `${apiBase}/subsidy-payouts/${encodeURIComponent(id)}/bank-file?format=${format}`

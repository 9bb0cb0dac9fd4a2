import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZSubsidyStandard, type TSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { subsidyPayoutKeys } from './payout-keys'

const ZStandards = z.object({ items: z.array(ZSubsidyStandard) })

/** Every dated 低保标准, oldest first. */
export const useStandards = () =>
  useQuery({
    queryKey: subsidyPayoutKeys.standards(),
    queryFn: ({ signal }) => apiRequest('/subsidy-standards', { signal }, ZStandards),
  })

type TSet = { data: TSubsidyStandard; idempotencyKey: string }

/** Sets the standard in force from a month (administrators). */
const setStandard = ({ data: { effectiveMonth, ...body }, idempotencyKey }: TSet) =>
  apiRequest(
    `/subsidy-standards/${encodeURIComponent(effectiveMonth)}`,
    { method: 'PUT', body, idempotencyKey },
    ZSubsidyStandard,
  )

export const useSetStandard = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setStandard,
    // A standard changes the amounts the cases compute, and so what a roll would hold.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyPayoutKeys.all }),
  })
}

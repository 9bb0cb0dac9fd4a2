import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZSubsidyPayout, ZSubsidyPayoutSummary } from '@cr/shared/subsidies/subsidy-payout'
import { apiRequest } from '@/lib/api-client'
import { subsidyPayoutKeys } from './payout-keys'

/** A month across the committees in scope: each roll's totals and the whole's. */
export const usePayoutSummary = (month: string) =>
  useQuery({
    queryKey: subsidyPayoutKeys.summary(month),
    queryFn: ({ signal }) =>
      apiRequest('/subsidy-payouts/summary', { query: { month }, signal }, ZSubsidyPayoutSummary),
  })

export const getPayoutQueryOptions = (id: string) =>
  queryOptions({
    queryKey: subsidyPayoutKeys.payout(id),
    queryFn: ({ signal }) =>
      apiRequest(`/subsidy-payouts/${encodeURIComponent(id)}`, { signal }, ZSubsidyPayout),
  })

/** One roll with its lines (accounts masked) and totals. */
export const usePayout = (id: string) => useQuery(getPayoutQueryOptions(id))

import { useQuery } from '@tanstack/react-query'
import { ZSubsidyCasePage } from '@cr/shared/subsidies/subsidy-case'
import { apiRequest } from '@/lib/api-client'
import { fetchAllPages } from '@/lib/fetch-all-pages'
import { subsidyPayoutKeys } from './payout-keys'

/**
 * Every case in payment in scope (a community has about a hundred): their review due dates
 * are computed by the API from the approval or the last review, so the due ones are picked
 * here (`reviewsDue`).
 */
export const useCasesInPayment = (enabled = true) =>
  useQuery({
    queryKey: subsidyPayoutKeys.reviewCases(),
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        apiRequest(
          '/subsidy-cases',
          { query: { stage: 'in_payment', limit: 100, cursor }, signal },
          ZSubsidyCasePage,
        ),
      ),
    enabled,
  })

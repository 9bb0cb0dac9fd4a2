import { useQuery } from '@tanstack/react-query'
import { addDays } from '@cr/shared/party/calendar'
import { ZSubsidyCasePage } from '@cr/shared/subsidies/subsidy-case'
import { apiRequest } from '@/lib/api-client'
import { fetchAllPages } from '@/lib/fetch-all-pages'
import { reviewLookaheadDays } from '../utils/review-due'
import { subsidyPayoutKeys } from './payout-keys'

/**
 * The cases whose review is due by 30 days from today (overdue ones included): the API picks
 * them by the due date it computes (`reviewDueBy`); `reviewsDue` orders them.
 */
export const useCasesWithReviewDue = (today: string, enabled = true) => {
  const until = addDays(today, reviewLookaheadDays)
  return useQuery({
    queryKey: subsidyPayoutKeys.reviewsDue(until),
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        apiRequest(
          '/subsidy-cases',
          { query: { reviewDueBy: until, limit: 100, cursor }, signal },
          ZSubsidyCasePage,
        ),
      ),
    enabled,
  })
}

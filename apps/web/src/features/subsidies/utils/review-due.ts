import { addDays } from '@cr/shared/party/calendar'

/** How far ahead 待复核 looks: reviews due within 30 days are prepared now. */
export const reviewLookaheadDays = 30

type TDue = { reviewDueOn: string | null }

/**
 * The cases to review: overdue (due before today) or due within the next 30 days, soonest
 * first. A case without a due date (not in payment) is never listed.
 */
export const reviewsDue = <T extends TDue>(cases: readonly T[], today: string) => {
  const until = addDays(today, reviewLookaheadDays)
  return cases
    .filter(
      (c): c is T & { reviewDueOn: string } => c.reviewDueOn !== null && c.reviewDueOn <= until,
    )
    .sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn))
}

/** A review is overdue once its due day has passed (due today is still on time). */
export const isReviewOverdue = (reviewDueOn: string, today: string) => reviewDueOn < today

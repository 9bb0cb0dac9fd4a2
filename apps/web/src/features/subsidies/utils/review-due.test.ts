import { describe, expect, it } from 'vitest'
import { isReviewOverdue, reviewsDue } from './review-due'

describe('reviewsDue', () => {
  const today = '2026-11-30'
  it('lists the overdue and those due within 30 days, soonest first; never one without a date', () => {
    const cases = [
      { id: 'late', reviewDueOn: '2026-12-31' },
      { id: 'edge', reviewDueOn: '2026-12-30' },
      { id: 'overdue', reviewDueOn: '2026-11-02' },
      { id: 'none', reviewDueOn: null },
      { id: 'today', reviewDueOn: '2026-11-30' },
    ]
    expect(reviewsDue(cases, today).map((c) => c.id)).toEqual(['overdue', 'today', 'edge'])
  })
  it('is overdue only once the due day has passed', () => {
    expect(isReviewOverdue('2026-11-29', today)).toBe(true)
    expect(isReviewOverdue('2026-11-30', today)).toBe(false)
  })
})

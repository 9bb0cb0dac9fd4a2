import { addMonths } from '../party/calendar.ts'

/**
 * 分类管理 and 动态管理: how often a case in payment is reviewed (DOMAIN.md §4). Households
 * whose situation changes little (the old, the severely ill or disabled without ability to work)
 * are reviewed yearly; households with irregular income or members able to work every 6 months.
 */
export const subsidyClassifications = ['stable', 'changing'] as const
export type TSubsidyClassification = (typeof subsidyClassifications)[number]
export const subsidyClassificationLabels: Record<
  TSubsidyClassification,
  { zh: string; en: string; months: number }
> = {
  stable: { zh: '基本稳定（每年复核）', en: 'Stable (yearly review)', months: 12 },
  changing: {
    zh: '收入不固定或有劳动能力（每半年复核）',
    en: 'Irregular income or able to work (review every 6 months)',
    months: 6,
  },
}

/**
 * The next review's due date: 12 or 6 months after the approval or the last review (29 February
 * + 12 months is 28 February, as `addMonths`). A change the household reports makes a review due
 * at once (`reportedChangeOn`), whichever comes first.
 */
export const nextReviewDue = (
  classification: TSubsidyClassification,
  lastReviewedOrApprovedOn: string,
  reportedChangeOn: string | null = null,
): string => {
  const scheduled = addMonths(
    lastReviewedOrApprovedOn,
    subsidyClassificationLabels[classification].months,
  )
  return reportedChangeOn &&
    reportedChangeOn > lastReviewedOrApprovedOn &&
    reportedChangeOn < scheduled
    ? reportedChangeOn
    : scheduled
}

export const reviewOutcomes = ['continue', 'adjust', 'stop'] as const
export type TReviewOutcome = (typeof reviewOutcomes)[number]
export const reviewOutcomeLabels: Record<TReviewOutcome, { zh: string; en: string }> = {
  continue: { zh: '继续保障', en: 'Continue' },
  adjust: { zh: '调整保障金', en: 'Adjust the amount' },
  stop: { zh: '停止保障', en: 'Stop' },
}

/** What a review's re-computed amount means for the case: same, adjusted or stopped. */
export const reviewOutcome = (currentFen: number, recomputedFen: number): TReviewOutcome =>
  recomputedFen === 0 ? 'stop' : recomputedFen === currentFen ? 'continue' : 'adjust'

import { addDays, addMonths, addYears, daysBetween } from './calendar.ts'
import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * The probation (预备期) timeline, DOMAIN.md §1 "预备 → 正式 workflow" (党章第七条; 发展党员工作
 * 细则第三十二条): one year from the day the 支部大会 accepts the member (入党日期); at its end
 * the branch votes and the 上级党委 decides within 3 months: 按期转正, 延长预备期 (once, at
 * least 6 months and at most a year), or 取消预备资格.
 *
 * Periods in years and months end on the corresponding day (calendar.ts, 民法典第二百零二条):
 * accepted 2025-07-01, probation due to end 2026-07-01 — the day 转正 takes effect and 党龄
 * starts. [U] The 3 months for the decision run here from the due date; the rules count them
 * from the branch's vote, which is not recorded yet and cannot be earlier than the due date.
 */

export const probationYears = 1
export const extensionMonths = { min: 6, max: 12 } as const
export const decisionMonths = 3
export const defaultUpcomingDays = 30

const isExtension = (months: number) =>
  Number.isInteger(months) && months >= extensionMonths.min && months <= extensionMonths.max

/** The due 转正 date: `joinedOn` + 1 year, + the extension (6 to 12 months) if there is one. */
export const dueFullMembershipDate = (
  joinedOn: string,
  extendedMonths?: number | null,
): TRuleResult<string, 'party_extension_months'> => {
  if (extendedMonths == null) return ok(addYears(joinedOn, probationYears))
  if (!isExtension(extendedMonths)) return refuse('party_extension_months')
  return ok(addMonths(joinedOn, probationYears * 12 + extendedMonths))
}

/**
 * Records a decision to extend: refused when the probation was already extended (allowed once)
 * or when the length is outside 6 to 12 whole months. Returns the extension to store.
 */
export const extendProbation = (
  currentExtensionMonths: number | null | undefined,
  months: number,
): TRuleResult<number, 'party_extension_months' | 'party_extension_repeated'> => {
  if (currentExtensionMonths != null) return refuse('party_extension_repeated')
  return isExtension(months) ? ok(months) : refuse('party_extension_months')
}

/**
 * - `none`: not yet within the reminder window, or already decided (转正 or 取消);
 * - `upcoming`: 1 to `upcomingDays` days before the due date (prepare the 转正申请 and votes);
 * - `due`: from the due date until the 上级党委's 3 months run out, still undecided;
 * - `overdue`: more than 3 months after the due date and still undecided.
 */
export type TProbationState = 'none' | 'upcoming' | 'due' | 'overdue'

export type TProbationReminder = {
  state: TProbationState
  dueOn: string
  /** The last day for the 上级党委 to decide. */
  decideBy: string
  /** Days from `on` to the due date (negative once it has passed). */
  daysUntilDue: number
}

export const probationReminder = (
  member: { joinedOn: string; extendedMonths?: number | null; decidedOn?: string | null },
  on: string,
  { upcomingDays = defaultUpcomingDays }: { upcomingDays?: number } = {},
): TRuleResult<TProbationReminder, 'party_extension_months'> => {
  const due = dueFullMembershipDate(member.joinedOn, member.extendedMonths)
  if (!due.ok) return due
  const dueOn = due.value
  const decideBy = addMonths(dueOn, decisionMonths)
  const daysUntilDue = daysBetween(on, dueOn)
  const decided = member.decidedOn != null && member.decidedOn <= on
  const state: TProbationState =
    decided || on < member.joinedOn || on < addDays(dueOn, -upcomingDays)
      ? 'none'
      : on < dueOn
        ? 'upcoming'
        : on <= decideBy
          ? 'due'
          : 'overdue'
  return ok({ state, dueOn, decideBy, daysUntilDue })
}

import { addMonthsToMonth, monthOf } from '../party/calendar.ts'

/**
 * What a case is paid month by month. A case's amount is a list of periods, each in force from a
 * month on: the approved amount, then each 增发 / 减发 / 停发 as a new period from the month it
 * applies — never an edit of the months before. Months are `YYYY-MM`.
 *
 * The months a decision touches (最低生活保障审核确认办法 as we read it [U]; the rule is ours
 * to document, ../shared/DOMAIN.md §4):
 * - a case is paid from the month of its approval (`firstPaidMonth`: 审核确认的当月起发放);
 * - a stop or suspension decided during a month leaves that month paid in full and applies from
 *   the next month (`stopsFromMonth`: 次月起停发) — a roll is for whole months, never days;
 * - a change of standard, income or household size applies from the month the clerk gives.
 */
export type TAmountPeriod = { fromMonth: string; amountFen: number }

export const firstPaidMonth = (approvedOn: string) => monthOf(approvedOn)
export const stopsFromMonth = (decidedOn: string) => addMonthsToMonth(monthOf(decidedOn), 1)

/** The amount due for `month`: the period in force then (the latest from on or before it), else 0. */
export const amountInMonth = (month: string, periods: readonly TAmountPeriod[]): number => {
  let found: TAmountPeriod | undefined
  for (const period of periods)
    if (period.fromMonth <= month && (!found || period.fromMonth >= found.fromMonth)) found = period
  return found?.amountFen ?? 0
}

export const amountChangeKinds = ['increase', 'decrease', 'stop', 'resume'] as const
export type TAmountChangeKind = (typeof amountChangeKinds)[number]
export const amountChangeLabels: Record<TAmountChangeKind, { zh: string; en: string }> = {
  increase: { zh: '增发', en: 'Increase' },
  decrease: { zh: '减发', en: 'Decrease' },
  stop: { zh: '停发', en: 'Stop' },
  resume: { zh: '恢复发放', en: 'Resume' },
}

/** What a new amount is called against the one it replaces; null when it is the same. */
export const amountChangeKind = (beforeFen: number, afterFen: number): TAmountChangeKind | null => {
  if (afterFen === beforeFen) return null
  if (afterFen === 0) return 'stop'
  if (beforeFen === 0) return 'resume'
  return afterFen > beforeFen ? 'increase' : 'decrease'
}

/** A line of a locked roll: what was paid for its month, and the earlier months it corrected. */
export type TPaidLine = {
  month: string
  amountFen: number
  corrects: readonly { month: string; fen: number }[]
}

/**
 * The line a case gets on the roll of `month`: the amount due for the month, plus the corrections
 * of earlier LOCKED months whose payment differs from what is due for them now (a change decided
 * after a month was locked, or approved back into it): back-pay (补发, positive) or recovery
 * (追回, negative). Locked rolls are never changed; each correction says which month it settles,
 * so a later roll does not settle it twice.
 */
export const payoutLine = ({
  month,
  periods,
  lockedMonths,
  paidLines,
}: {
  month: string
  periods: readonly TAmountPeriod[]
  /** Every locked roll's month (the whole community's): a month not locked is not corrected. */
  lockedMonths: readonly string[]
  /** This case's lines on locked rolls. */
  paidLines: readonly TPaidLine[]
}) => {
  const paid = new Map<string, number>()
  const add = (m: string, fen: number) => paid.set(m, (paid.get(m) ?? 0) + fen)
  for (const line of paidLines) {
    add(line.month, line.amountFen)
    for (const correction of line.corrects) add(correction.month, correction.fen)
  }
  const corrects = [...new Set(lockedMonths)]
    .filter((m) => m < month)
    .sort()
    .map((m) => ({ month: m, fen: amountInMonth(m, periods) - (paid.get(m) ?? 0) }))
    .filter((c) => c.fen !== 0)
  const correctionFen = corrects.reduce((sum, c) => sum + c.fen, 0)
  const amountFen = amountInMonth(month, periods)
  return { month, amountFen, corrects, correctionFen, totalFen: amountFen + correctionFen }
}

import { addMonthsToMonth, monthOf, monthRange } from './calendar.ts'
import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * The monthly dues roll of one member (应交 / 实交 / 欠交 per month, 党费交至), after owip's
 * PmdMonth / PmdConfigMember (DOMAIN.md §1 "Dues ledger"), and the 补交 limit of the dues rules
 * ("补交 ≤6 months", DOMAIN.md §1 "Dues (党费) calculation"). Amounts in 分.
 */

/** A standard in force from a month on (the standard is recalculated when pay changes). */
export type TDuesStandardPeriod = { fromMonth: string; amountFen: number }
/** A payment for a month (the month it pays for, not the day it was made). */
export type TDuesPayment = { month: string; amountFen: number }

export type TDuesRollMonth = { month: string; dueFen: number; paidFen: number; owedFen: number }

export type TDuesRoll = {
  months: TDuesRollMonth[]
  dueFen: number
  paidFen: number
  owedFen: number
  /** Months with something still owed, oldest first. */
  unpaidMonths: string[]
  /**
   * 党费交至: the last month of the unbroken run of fully paid months from the first month of the
   * roll (payments in advance included, and the months settled before the roll); null when the
   * first month is not paid.
   */
  paidUpTo: string | null
  /**
   * The latest month anything was paid for (in advance included), or the month settled through
   * when nothing was paid since; null when neither. The lapse rule counts from here: 连续六个月
   * 不交纳 is six months in a row, not six months owed in all.
   */
  lastPaidMonth: string | null
}

/** 预备党员 pay from the month the 支部大会 accepts them (DOMAIN.md §1, dues rules). */
export const duesStartMonth = (joinedOn: string): string => monthOf(joinedOn)

const standardFor = (standards: readonly TDuesStandardPeriod[], month: string) =>
  standards.reduce<TDuesStandardPeriod | undefined>(
    (found, s) => (s.fromMonth <= month && (!found || s.fromMonth >= found.fromMonth) ? s : found),
    undefined,
  )

/**
 * The roll from `fromMonth` to `toMonth` (both included). A month's payments add up; paying more
 * than due does not carry over to another month (a payment names its month). Payments before
 * `fromMonth` are ignored. Each month is priced by the standard in force in it.
 *
 * `settledThrough` is the 党费交至 a member brought onto this roll (the transfer letter, the
 * office's own ledger): the months up to it were paid elsewhere or before the system and owe
 * nothing here, so the roll starts after it.
 */
export const duesRoll = (input: {
  standards: readonly TDuesStandardPeriod[]
  fromMonth: string
  toMonth: string
  payments: readonly TDuesPayment[]
  settledThrough?: string | null
}): TRuleResult<TDuesRoll, 'party_month_range' | 'party_dues_standard_missing'> => {
  const { standards, toMonth, payments } = input
  if (toMonth < input.fromMonth) return refuse('party_month_range')
  const settled =
    input.settledThrough && input.settledThrough >= addMonthsToMonth(input.fromMonth, -1)
      ? input.settledThrough
      : null
  const fromMonth = settled ? addMonthsToMonth(settled, 1) : input.fromMonth
  if (!standardFor(standards, input.fromMonth)) return refuse('party_dues_standard_missing')
  const paid = new Map<string, number>()
  for (const p of payments)
    if (p.month >= fromMonth) paid.set(p.month, (paid.get(p.month) ?? 0) + p.amountFen)
  const rollMonth = (month: string): TDuesRollMonth => {
    const dueFen = standardFor(standards, month)!.amountFen
    const paidFen = paid.get(month) ?? 0
    return { month, dueFen, paidFen, owedFen: Math.max(0, dueFen - paidFen) }
  }
  const months = fromMonth <= toMonth ? monthRange(fromMonth, toMonth).map(rollMonth) : []

  // 党费交至 runs on past `toMonth` through months paid in advance, up to the last payment.
  const paidMonths = [...paid.entries()].filter(([, fen]) => fen > 0).map(([m]) => m)
  const latest = (list: readonly string[]) =>
    list.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null)
  const lastPaid = latest([...paidMonths, toMonth])!
  let paidUpTo: string | null = settled
  for (let month = fromMonth; month <= lastPaid; month = addMonthsToMonth(month, 1)) {
    if (rollMonth(month).owedFen > 0) break
    paidUpTo = month
  }
  const sum = (key: 'dueFen' | 'paidFen' | 'owedFen') => months.reduce((t, m) => t + m[key], 0)
  return ok({
    months,
    dueFen: sum('dueFen'),
    paidFen: sum('paidFen'),
    owedFen: sum('owedFen'),
    unpaidMonths: months.filter((m) => m.owedFen > 0).map((m) => m.month),
    paidUpTo,
    lastPaidMonth: latest(settled ? [...paidMonths, settled] : paidMonths),
  })
}

export const backPaymentLimitMonths = 6

/**
 * How far ahead dues may be paid (预交, with the branch's consent, and 按季度: a quarter at
 * once): up to a year after the month of payment, and at most a year's months in one payment.
 */
export const advancePaymentLimitMonths = 12

export type TPaymentMonths =
  | { ok: true; value: string[] }
  | {
      ok: false
      error: 'party_month_range' | 'party_dues_advance_limit'
      /** The field of the payment the problem belongs to. */
      field: 'month' | 'toMonth'
    }

/**
 * The months one payment covers, `month` to `toMonth` (or `month` alone), paid on `paidOn`:
 * in order, at most `advancePaymentLimitMonths` of them, and none later than that many months
 * after the month of payment. Whether each is on the member's roll and still unpaid is the
 * roll's to say (`checkBackPayment`, the payments recorded).
 */
export const paymentMonths = (input: {
  month: string
  toMonth?: string | null
  paidOn: string
}): TPaymentMonths => {
  const toMonth = input.toMonth ?? input.month
  if (toMonth < input.month) return { ok: false, error: 'party_month_range', field: 'toMonth' }
  const months = monthRange(input.month, toMonth)
  const latest = addMonthsToMonth(monthOf(input.paidOn), advancePaymentLimitMonths)
  if (months.length > advancePaymentLimitMonths || toMonth > latest)
    return {
      ok: false,
      error: 'party_dues_advance_limit',
      field: input.toMonth ? 'toMonth' : 'month',
    }
  return ok(months)
}

export type TBackPaymentResult =
  | { ok: true; value: { backMonths: string[] } }
  | { ok: false; error: 'party_dues_back_payment_limit'; beyondLimit: string[] }

/**
 * Whether a payment made in `paidInMonth` for `coveredMonths` respects the 补交 limit: of the
 * months it covers, those before `paidInMonth` that still owe something are a back-payment, and
 * each must be one of the 6 most recent owed months before `paidInMonth`.
 *
 * A payment reaching further back is refused as a whole (never applied in part, so the ledger
 * never holds half of what the member handed over), with the months beyond the limit named.
 * Those older arrears stay owed: 6 months without dues is the 自行脱党 line (lapse.ts), and
 * settling them is for the branch (减免 approval or the lapse procedure), not a cash entry.
 * `roll` must reach at least the month before `paidInMonth`.
 */
export const checkBackPayment = (
  roll: TDuesRoll,
  coveredMonths: readonly string[],
  paidInMonth: string,
): TBackPaymentResult => {
  const owedBefore = roll.unpaidMonths.filter((m) => m < paidInMonth)
  const allowed = new Set(owedBefore.slice(-backPaymentLimitMonths))
  const backMonths = [...new Set(coveredMonths)]
    .filter((m) => m < paidInMonth && owedBefore.includes(m))
    .sort()
  const beyondLimit = backMonths.filter((m) => !allowed.has(m))
  return beyondLimit.length > 0
    ? { ok: false, error: 'party_dues_back_payment_limit', beyondLimit }
    : { ok: true, value: { backMonths } }
}

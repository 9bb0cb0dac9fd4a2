import {
  type TDuesRoll,
  type TDuesStandardPeriod,
  duesRoll,
  duesStartMonth,
} from '@cr/shared/party/dues-roll'
import { fromDbDate } from '../../lib/dates.ts'

/**
 * One member's dues roll, built the same way wherever it is shown or checked (the member's 党费交至,
 * the branch's monthly roll, the lapse warning, a payment's checks): from the month of joining,
 * after the 党费交至 the member brought, each month priced by the standard in force then.
 */

/** What the roll needs of a member row: include it beside the member's other relations. */
export const duesRollInclude = {
  payments: { select: { month: true, amountFen: true } },
  duesStandards: { select: { fromMonth: true, amountFen: true } },
} as const

export type TRollSource = {
  joinedOn: Date
  duesStandardFen: number
  duesSettledThrough: string | null
  payments: readonly { month: string; amountFen: number }[]
  duesStandards: readonly { fromMonth: string; amountFen: number }[]
}

/**
 * The member's standards as dated periods. Without dated rows the member's one standard holds
 * throughout; the earliest dated standard also covers the months before it (the standard the
 * member was added with).
 */
export const standardsOf = (row: TRollSource, fromMonth: string): TDuesStandardPeriod[] => {
  if (row.duesStandards.length === 0) return [{ fromMonth, amountFen: row.duesStandardFen }]
  const sorted = [...row.duesStandards].sort((a, b) => (a.fromMonth < b.fromMonth ? -1 : 1))
  return sorted.map((s, i) => ({
    fromMonth: i === 0 && s.fromMonth > fromMonth ? fromMonth : s.fromMonth,
    amountFen: s.amountFen,
  }))
}

/** The standard in force in `month`. */
export const standardIn = (row: TRollSource, month: string): number => {
  const fromMonth = duesStartMonth(fromDbDate(row.joinedOn))
  const periods = standardsOf(row, fromMonth < month ? fromMonth : month)
  return periods.filter((p) => p.fromMonth <= month).at(-1)?.amountFen ?? row.duesStandardFen
}

/** The roll from the month of joining to `toMonth`; null before the member has joined. */
export const memberRoll = (row: TRollSource, toMonth: string): TDuesRoll | null => {
  const fromMonth = duesStartMonth(fromDbDate(row.joinedOn))
  if (toMonth < fromMonth) return null
  const roll = duesRoll({
    standards: standardsOf(row, fromMonth),
    fromMonth,
    toMonth,
    payments: row.payments,
    settledThrough: row.duesSettledThrough,
  })
  return roll.ok ? roll.value : null
}

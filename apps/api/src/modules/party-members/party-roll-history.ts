import { firstDayOfMonth, lastDayOfMonth } from '@cr/shared/party/calendar'

/**
 * A member's time on this office's roll, read from the dated history the party module writes
 * (`party_member_event`), for the figures as of a date (`party.figures.ts`).
 *
 * - The roll starts at 入党 (`joinedOn`) for a member entered directly: a member is added once the
 *   branch meeting has accepted them, or brought on from the office's ledger, and the record's
 *   `createdAt` is only the day a clerk typed it in — `joinedOn` is the earliest dated fact.
 * - A member whose first roll step is a 转入 (`transferred_in`, dated the day the letter was
 *   received) joined the Party elsewhere: their roll starts at the transfer, not at 入党.
 * - 转出, 出党, 去世, 开除 and 取消预备资格 end it on their date (the member is no longer on the
 *   roll on that day); a later 转入 of the same record opens it again.
 * - A member whose state is not `active` but whose history holds no dated step ending the roll
 *   (a row written outside the life-cycle steps) left on the day the record last changed.
 */

/** The steps that put a member on the roll, and those that take them off it. */
const startTypes = new Set(['transferred_in'])
export const leavingTypes = ['left', 'deceased', 'expelled', 'cancelled'] as const
const endTypes = new Set<string>(['transferred_out', ...leavingTypes])

export type TRollEvent = { type: string; occurredOn: string }
/** On the roll from `from` (included) until `to` (excluded); `to` null: still on it. */
export type TRollPeriod = { from: string; to: string | null }

export const rollPeriods = (
  member: { joinedOn: string; state: string; lastChangedOn: string },
  /** The member's events, oldest first (as `memberHistory` orders them). */
  events: readonly TRollEvent[],
): TRollPeriod[] => {
  const steps = events.filter((e) => startTypes.has(e.type) || endTypes.has(e.type))
  const periods: TRollPeriod[] = []
  let open: string | null = steps[0]?.type === 'transferred_in' ? null : member.joinedOn
  for (const step of steps) {
    if (startTypes.has(step.type)) open ??= step.occurredOn
    else if (open !== null) {
      periods.push({ from: open, to: step.occurredOn })
      open = null
    }
  }
  if (open !== null)
    periods.push({ from: open, to: member.state === 'active' ? null : member.lastChangedOn })
  return periods
}

/** Whether the member is on the roll at the end of `date`. */
export const onRollOn = (periods: readonly TRollPeriod[], date: string) =>
  periods.some((p) => p.from <= date && (p.to === null || date < p.to))

/** Whether the member is on the roll on some day of `month` (the months whose dues they owe). */
export const onRollIn = (periods: readonly TRollPeriod[], month: string) => {
  const first = firstDayOfMonth(month)
  const last = lastDayOfMonth(month)
  return periods.some((p) => p.from <= last && (p.to === null || p.to > first))
}

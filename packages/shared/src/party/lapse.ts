import { addMonthsToMonth, monthOf, monthsBetween, wholeMonthsBetween } from './calendar.ts'

/**
 * The 自行脱党 warning, DOMAIN.md §1 "Lapse (自行脱党)": 6 months in a row, without good
 * reason, of no organisational life or no dues is counted as 自行脱党 (党章第九条 [U: article
 * number]); systems flag it at 4 to 5 months. The third ground, no assigned work, is not
 * recorded by this system and is left to the branch.
 *
 * Dues and meetings are counted separately, so a reminder can say which is missing:
 * - dues: whole calendar months that have ended with nothing paid for them since the last month
 *   paid for (`lastDuesMonth`: the roll's `lastPaidMonth`, not 党费交至 — a month missed long ago
 *   and paid since is owed, not a lapse; 党章第九条 says 连续六个月) — last paid January, on 15
 *   July: February to June, 5 months; from 1 August on, 6. The current month is not missed
 *   until it is over;
 * - meetings: whole months since the last organisational life attended (calendar.ts: the
 *   corresponding day) — last attended 10 January, 6 months on 10 July.
 * With nothing paid yet, the dues count runs from `since` (入党); with nothing attended since the
 * member came onto this roll, the meetings count runs from `meetingsSince` (joined, added or
 * imported, transferred in). `excused` records a good reason the branch accepted
 * (approved 免交, illness, a 流动党员 attending elsewhere): that side then stays `ok`.
 */

export const warningMonths = 4
export const lapseMonths = 6

export type TLapseLevel = 'ok' | 'warning' | 'lapse'
export type TLapseReason = { level: TLapseLevel; months: number }
export type TLapseRisk = { level: TLapseLevel; dues: TLapseReason; meetings: TLapseReason }

const levelFor = (months: number, excused: boolean): TLapseLevel =>
  excused || months < warningMonths ? 'ok' : months < lapseMonths ? 'warning' : 'lapse'

const rank: Record<TLapseLevel, number> = { ok: 0, warning: 1, lapse: 2 }

export const lapseRisk = (
  member: {
    since: string
    /**
     * Since when the member's organisational life is recorded here (joining, or coming onto
     * this roll: added, imported, transferred in); meetings are counted from it when none was
     * attended since. Default `since`.
     */
    meetingsSince?: string
    /** The last month paid for `YYYY-MM` (or settled on arrival); null when none. */
    lastDuesMonth: string | null
    /** The last day of organisational life attended; null when none. */
    lastMeetingOn: string | null
    excused?: { dues?: boolean; meetings?: boolean }
  },
  on: string,
): TLapseRisk => {
  const paidTo = member.lastDuesMonth ?? addMonthsToMonth(monthOf(member.since), -1)
  const duesMonths = Math.max(0, monthsBetween(paidTo, monthOf(on)) - 1)
  const meetingsFrom = [member.lastMeetingOn, member.meetingsSince ?? member.since]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)!
  const meetingMonths = Math.max(0, wholeMonthsBetween(meetingsFrom, on))
  const dues = { level: levelFor(duesMonths, member.excused?.dues ?? false), months: duesMonths }
  const meetings = {
    level: levelFor(meetingMonths, member.excused?.meetings ?? false),
    months: meetingMonths,
  }
  return {
    level: rank[dues.level] >= rank[meetings.level] ? dues.level : meetings.level,
    dues,
    meetings,
  }
}

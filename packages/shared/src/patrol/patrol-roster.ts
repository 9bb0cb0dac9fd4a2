import {
  dayNumber,
  earlierOf,
  firstDayOfMonth,
  lastDayOfMonth,
  laterOf,
  addDays,
} from '../party/calendar.ts'
import type { TPatrolWindow } from './patrol-time.ts'

/**
 * The month's roster (排班表) from the patrol plans, and the office's edits on top of it.
 *
 * A plan puts a team or group on a route (or none: a free beat) on some days — every day, given
 * weekdays (1 Monday … 7 Sunday, as 周一…周日), or listed dates — in a window, from a date to a
 * date (null: open). An entry belongs to its service date: a 20:00–次日02:00 window on 31 March
 * is in March's roster, never April's. Entries are keyed `planId:date` (a plan has one window,
 * so one entry a day), and ordered by date, window start, team, plan — the same plans give the
 * same roster.
 */
export type TPlanDays =
  | { kind: 'every_day' }
  | { kind: 'weekdays'; weekdays: readonly number[] }
  | { kind: 'dates'; dates: readonly string[] }

export type TPatrolPlanRule = {
  id: string
  teamId: string
  routeId: string | null
  days: TPlanDays
  window: TPatrolWindow
  from: string
  to: string | null
}

export type TRosterEntry = {
  key: string
  planId: string
  date: string
  window: TPatrolWindow
  teamId: string
  /** The plan's team when a swap or replacement changed it; null when unchanged. */
  plannedTeamId: string | null
  routeId: string | null
  /** Members on leave that day (the team still goes). */
  absentMemberIds: string[]
  cancelled: boolean
  cancelReason: string | null
}

/** ISO weekday, 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (date: string) => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1

export const weekdayLabels: Record<number, { zh: string; en: string }> = {
  1: { zh: '周一', en: 'Mon' },
  2: { zh: '周二', en: 'Tue' },
  3: { zh: '周三', en: 'Wed' },
  4: { zh: '周四', en: 'Thu' },
  5: { zh: '周五', en: 'Fri' },
  6: { zh: '周六', en: 'Sat' },
  7: { zh: '周日', en: 'Sun' },
}

export const planRunsOn = (plan: TPatrolPlanRule, date: string) => {
  if (date < plan.from || (plan.to !== null && date > plan.to)) return false
  switch (plan.days.kind) {
    case 'every_day':
      return true
    case 'weekdays':
      return plan.days.weekdays.includes(isoWeekday(date))
    case 'dates':
      return plan.days.dates.includes(date)
  }
}

export const rosterKey = (planId: string, date: string) => `${planId}:${date}`

const byRosterOrder = (a: TRosterEntry, b: TRosterEntry) =>
  a.date.localeCompare(b.date) ||
  a.window.start.localeCompare(b.window.start) ||
  a.teamId.localeCompare(b.teamId) ||
  a.planId.localeCompare(b.planId)

/** The roster entries of a month (`YYYY-MM`) from the plans, before edits. */
export const rosterFromPlans = (
  plans: readonly TPatrolPlanRule[],
  month: string,
): TRosterEntry[] => {
  const first = firstDayOfMonth(month)
  const last = lastDayOfMonth(month)
  const entries: TRosterEntry[] = []
  for (const plan of plans) {
    const from = laterOf(first, plan.from)
    const to = plan.to === null ? last : earlierOf(last, plan.to)
    for (let date = from; date <= to; date = addDays(date, 1)) {
      if (!planRunsOn(plan, date)) continue
      entries.push({
        key: rosterKey(plan.id, date),
        planId: plan.id,
        date,
        window: { ...plan.window },
        teamId: plan.teamId,
        plannedTeamId: null,
        routeId: plan.routeId,
        absentMemberIds: [],
        cancelled: false,
        cancelReason: null,
      })
    }
  }
  return entries.sort(byRosterOrder)
}

/**
 * The office's edits: two entries exchange their teams (换班), one entry's team replaced for
 * its date (顶班), a member on leave for an entry (请假: the entry keeps its team and lists who is
 * absent), an entry cancelled (a storm, a holiday). Edits apply in order.
 */
export type TRosterEdit =
  | { kind: 'swap'; entryKey: string; otherKey: string }
  | { kind: 'replace'; entryKey: string; teamId: string }
  | { kind: 'leave'; entryKey: string; memberId: string }
  | { kind: 'cancel'; entryKey: string; reason: string | null }

/**
 * The roster with the edits applied. An edit naming an entry the plans no longer give (the plan
 * was shortened after the swap was recorded) changes nothing and is returned in `unmatched`, so
 * the office sees it rather than losing it silently.
 */
export const applyRosterEdits = (
  entries: readonly TRosterEntry[],
  edits: readonly TRosterEdit[],
): { entries: TRosterEntry[]; unmatched: TRosterEdit[] } => {
  const byKey = new Map(
    entries.map((e) => [e.key, { ...e, absentMemberIds: [...e.absentMemberIds] }]),
  )
  const unmatched: TRosterEdit[] = []
  const setTeam = (entry: TRosterEntry, teamId: string) => {
    const planned = entry.plannedTeamId ?? entry.teamId
    entry.teamId = teamId
    entry.plannedTeamId = teamId === planned ? null : planned
  }
  for (const edit of edits) {
    const entry = byKey.get(edit.entryKey)
    if (!entry) {
      unmatched.push(edit)
      continue
    }
    switch (edit.kind) {
      case 'swap': {
        const other = byKey.get(edit.otherKey)
        if (!other) {
          unmatched.push(edit)
          break
        }
        const team = entry.teamId
        setTeam(entry, other.teamId)
        setTeam(other, team)
        break
      }
      case 'replace':
        setTeam(entry, edit.teamId)
        break
      case 'leave':
        if (!entry.absentMemberIds.includes(edit.memberId)) {
          entry.absentMemberIds.push(edit.memberId)
          entry.absentMemberIds.sort()
        }
        break
      case 'cancel':
        entry.cancelled = true
        entry.cancelReason = edit.reason
        break
    }
  }
  return { entries: [...byKey.values()].sort(byRosterOrder), unmatched }
}

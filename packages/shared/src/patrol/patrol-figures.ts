import { z } from 'zod'
import { ZId, ZRef } from '../common/record.ts'
import { ZMonth, monthOf } from '../party/calendar.ts'
import {
  ZPatrolTeamKind,
  incidentTypes,
  type TIncidentType,
  type TPatrolOutcome,
} from './patrol-codes.ts'
import { localOffset } from './patrol-time.ts'

/**
 * A month's patrol figures (巡逻统计), per team or group and per member: patrols planned, done,
 * partly done, not done; minutes on patrol from the actual start and end (a night crossing
 * midnight counts whole — the moments are local datetimes, so 20:00 → 次日02:00 is 360); checkpoint
 * coverage as visited ÷ planned in whole per mille, floored (985 = 98.5%, as `pairingRate`),
 * null when nothing was planned; findings by incident type and 盘查 count.
 *
 * A patrol is counted in the month of its service date. `planned` is true for a roster entry
 * (cancelled ones are left out by the caller) and false for a patrol logged without a plan: it
 * counts in done/partly/not done, hours and findings, but not in `planned`.
 * A member's figures are those of the patrols they went on (`memberIds`): a member on leave is
 * not counted in that night's patrol.
 */
export type TFigurePatrol = {
  teamId: string
  date: string
  planned: boolean
  outcome: TPatrolOutcome
  /** The members who went (residents or staff accounts, by id). */
  memberIds: readonly string[]
  /** China-local actual start and end; null when not started or not ended. */
  startedAt: string | null
  endedAt: string | null
  checkpointsPlanned: number
  checkpointsVisited: number
  incidents: readonly TIncidentType[]
  questionings: number
}

export type TPatrolFigures = {
  patrols: number
  planned: number
  done: number
  partlyDone: number
  notDone: number
  minutes: number
  checkpointsPlanned: number
  checkpointsVisited: number
  coveragePerMille: number | null
  incidents: Record<TIncidentType, number>
  questionings: number
}

/** Minutes between an actual start and end, floored; 0 when either is missing or out of order. */
export const patrolMinutes = (startedAt: string | null, endedAt: string | null) => {
  if (!startedAt || !endedAt) return 0
  const base = startedAt.slice(0, 10)
  const seconds = localOffset(base, endedAt) - localOffset(base, startedAt)
  return seconds > 0 ? Math.floor(seconds / 60) : 0
}

export const perMille = (part: number, whole: number) =>
  whole === 0 ? null : Math.floor((part * 1000) / whole)

export const tallyPatrols = (patrols: readonly TFigurePatrol[]): TPatrolFigures => {
  const incidents = Object.fromEntries(incidentTypes.map((t) => [t, 0])) as Record<
    TIncidentType,
    number
  >
  let minutes = 0
  let checkpointsPlanned = 0
  let checkpointsVisited = 0
  let questionings = 0
  for (const p of patrols) {
    minutes += patrolMinutes(p.startedAt, p.endedAt)
    checkpointsPlanned += p.checkpointsPlanned
    checkpointsVisited += p.checkpointsVisited
    questionings += p.questionings
    for (const t of p.incidents) incidents[t] += 1
  }
  const outcome = (o: TPatrolOutcome) => patrols.filter((p) => p.outcome === o).length
  return {
    patrols: patrols.length,
    planned: patrols.filter((p) => p.planned).length,
    done: outcome('done'),
    partlyDone: outcome('partly_done'),
    notDone: outcome('not_done'),
    minutes,
    checkpointsPlanned,
    checkpointsVisited,
    coveragePerMille: perMille(checkpointsVisited, checkpointsPlanned),
    incidents,
    questionings,
  }
}

/** The month's figures: overall, by team (ordered by id) and by member (ordered by id). */
export const monthlyPatrolFigures = (patrols: readonly TFigurePatrol[], month: string) => {
  const inMonth = patrols.filter((p) => monthOf(p.date) === month)
  const teams = [...new Set(inMonth.map((p) => p.teamId))].sort()
  const members = [...new Set(inMonth.flatMap((p) => p.memberIds))].sort()
  return {
    month,
    total: tallyPatrols(inMonth),
    byTeam: teams.map((teamId) => ({
      teamId,
      ...tallyPatrols(inMonth.filter((p) => p.teamId === teamId)),
    })),
    byMember: members.map((memberId) => ({
      memberId,
      ...tallyPatrols(inMonth.filter((p) => p.memberIds.includes(memberId))),
    })),
  }
}

// ---- the figures answer (GET /api/v1/patrol-logs/figures) ----

/**
 * Plan against actual beside the tally: `logs` — patrols that were logged (a log always has its
 * start) — and `notPatrolled` — roster entries nobody logged (未巡逻; `tallyPatrols` counts them in
 * `notDone`, as a patrol that never started). Done / partly done / not done of the logged ones is
 * then `done`, `partlyDone` and `notDone - notPatrolled`.
 */
export const figureCounts = (patrols: readonly TFigurePatrol[]) => ({
  ...tallyPatrols(patrols),
  logs: patrols.filter((p) => p.startedAt !== null).length,
  notPatrolled: patrols.filter((p) => p.planned && p.startedAt === null).length,
})

export const ZPatrolFiguresQuery = z.object({
  month: ZMonth.optional().describe('The service dates’ month; default the current month'),
  committeeId: ZId.optional(),
  teamId: ZId.optional(),
})

const count = z.number().int().min(0)
export const ZPatrolFigureCounts = z
  .object({
    patrols: count.describe('Roster entries (not cancelled) and patrols logged without a plan'),
    planned: count,
    logs: count,
    done: count,
    partlyDone: count,
    notDone: count.describe('Includes the entries not patrolled'),
    notPatrolled: count.describe('Roster entries without a log (未巡逻)'),
    minutes: count,
    checkpointsPlanned: count,
    checkpointsVisited: count,
    coveragePerMille: z.number().int().nullable().describe('Visited ÷ planned, ‰ floored'),
    incidents: z.object(
      Object.fromEntries(incidentTypes.map((t) => [t, count])) as Record<
        TIncidentType,
        typeof count
      >,
    ),
    questionings: count.describe('盘查'),
  })
  .meta({ id: 'PatrolFigureCounts' })
export type TPatrolFigureCounts = z.infer<typeof ZPatrolFigureCounts>

export const ZPatrolFigures = z
  .object({
    month: ZMonth,
    total: ZPatrolFigureCounts,
    byTeam: z.array(
      ZPatrolFigureCounts.extend({ team: ZRef.extend({ kind: ZPatrolTeamKind }) }).meta({
        id: 'PatrolTeamFigures',
      }),
    ),
    byMember: z.array(
      ZPatrolFigureCounts.extend({
        member: z.object({
          kind: z.enum(['resident', 'user']).describe('A registry resident or a staff account'),
          id: ZId,
          name: z.string(),
        }),
      }).meta({ id: 'PatrolMemberFigures' }),
    ),
  })
  .meta({ id: 'PatrolFigures' })
export type TPatrolFiguresAnswer = z.infer<typeof ZPatrolFigures>

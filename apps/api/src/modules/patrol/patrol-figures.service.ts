import { firstDayOfMonth, lastDayOfMonth, monthOf } from '@cr/shared/party/calendar'
import type { TIncidentType } from '@cr/shared/patrol/patrol-codes'
import {
  figureCounts,
  type TFigurePatrol,
  type TPatrolFiguresAnswer,
} from '@cr/shared/patrol/patrol-figures'
import {
  applyRosterEdits,
  rosterFromPlans,
  rosterKey,
  type TPatrolPlanRule,
  type TPlanDays,
  type TRosterEdit,
} from '@cr/shared/patrol/patrol-roster'
import { scorePatrol } from '@cr/shared/patrol/patrol-scoring'
import { chinaLocalOf, windowBounds } from '@cr/shared/patrol/patrol-time'
import type { TPatrolTeamKind } from '@cr/shared/patrol/patrol-codes'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'

/**
 * The month's patrol figures (巡逻统计): the roster's entries (plans with the office's edits, from
 * the plan and roster-edit rows) against the logs of the month's service dates. An entry with its
 * log is that log's patrol; an entry without one is a patrol not patrolled (未巡逻); a log without
 * a plan (the phone's ad-hoc patrol, the imported register) counts beside them, unplanned. A
 * log's outcome is its route's score (patrol-scoring.ts); without a route it is done once
 * started. The tally is the shared rule's (`monthlyPatrolFigures`' parts).
 *
 * Reads the rows directly (the plans and logs services are other modules' work): it only reads.
 */

export type TFiguresQuery = { month?: string; committeeId?: string; teamId?: string }

const planRule = (row: {
  id: string
  teamId: string
  routeId: string | null
  days: unknown
  start: string
  end: string
  fromDate: Date
  toDate: Date | null
}): TPatrolPlanRule => ({
  id: row.id,
  teamId: row.teamId,
  routeId: row.routeId,
  days: row.days as TPlanDays,
  window: { start: row.start, end: row.end },
  from: fromDbDate(row.fromDate),
  to: row.toDate ? fromDbDate(row.toDate) : null,
})

const rosterEdit = (row: {
  kind: string
  planId: string
  date: Date
  otherPlanId: string | null
  otherDate: Date | null
  teamId: string | null
  memberResidentId: string | null
  memberUserId: string | null
  reason: string | null
}): TRosterEdit | null => {
  const entryKey = rosterKey(row.planId, fromDbDate(row.date))
  switch (row.kind) {
    case 'swap':
      return row.otherPlanId && row.otherDate
        ? {
            kind: 'swap',
            entryKey,
            otherKey: rosterKey(row.otherPlanId, fromDbDate(row.otherDate)),
          }
        : null
    case 'replace':
      return row.teamId ? { kind: 'replace', entryKey, teamId: row.teamId } : null
    case 'leave': {
      const memberId = row.memberResidentId ?? row.memberUserId
      return memberId ? { kind: 'leave', entryKey, memberId } : null
    }
    case 'cancel':
      return { kind: 'cancel', entryKey, reason: row.reason }
    default:
      return null
  }
}

export const patrolFigures = async (
  db: TTransaction,
  actor: TActor,
  query: TFiguresQuery,
  today: string,
): Promise<TPatrolFiguresAnswer> => {
  const month = query.month ?? monthOf(today)
  const first = firstDayOfMonth(month)
  const last = lastDayOfMonth(month)
  const scope = committeeScope(actor)
  const committee = query.committeeId ? { committeeId: query.committeeId } : {}

  const teams = await db.patrolTeam.findMany({
    where: { AND: [scope, committee, query.teamId ? { id: query.teamId } : {}] },
    select: { id: true, name: true, kind: true },
  })
  const teamIds = teams.map((t) => t.id)

  // Swaps may bring another team's plan into a wanted team's entries: read every plan of the
  // committees in scope, and keep the entries of the wanted teams.
  const [plans, edits, logs] = await Promise.all([
    db.patrolPlan.findMany({
      where: {
        AND: [scope, committee, { deletedAt: null, fromDate: { lte: toDbDate(last) } }],
        OR: [{ toDate: null }, { toDate: { gte: toDbDate(first) } }],
      },
    }),
    db.patrolRosterEdit.findMany({
      where: {
        AND: [scope, committee, { deletedAt: null }],
        OR: [
          { date: { gte: toDbDate(first), lte: toDbDate(last) } },
          { otherDate: { gte: toDbDate(first), lte: toDbDate(last) } },
        ],
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.patrolLog.findMany({
      where: {
        deletedAt: null,
        teamId: { in: teamIds },
        date: { gte: toDbDate(first), lte: toDbDate(last) },
      },
      include: {
        members: true,
        incidents: { select: { type: true } },
        _count: { select: { questionings: true } },
        visits: { select: { checkpointId: true, scannedAt: true } },
      },
    }),
  ])
  const routeIds = [
    ...new Set([...plans.map((p) => p.routeId), ...logs.map((l) => l.routeId)].filter(Boolean)),
  ] as string[]
  const checkpoints = await db.patrolCheckpoint.findMany({
    where: { routeId: { in: routeIds } },
    orderBy: [{ routeId: 'asc' }, { position: 'asc' }],
  })
  const routeCheckpoints = (routeId: string | null) =>
    routeId === null ? [] : checkpoints.filter((c) => c.routeId === routeId)

  const roster = applyRosterEdits(
    rosterFromPlans(plans.map(planRule), month),
    edits.map(rosterEdit).filter((e): e is TRosterEdit => e !== null),
  ).entries.filter((e) => !e.cancelled && teamIds.includes(e.teamId))

  const patrolOfLog = (log: (typeof logs)[number], planned: boolean): TFigurePatrol => {
    const date = fromDbDate(log.date)
    const bounds = windowBounds(date, { start: log.start, end: log.end ?? log.start })
    const route = routeCheckpoints(log.routeId)
    const score = scorePatrol(
      route,
      bounds.start,
      log.visits.map((v) => ({ checkpointId: v.checkpointId, at: chinaLocalOf(v.scannedAt) })),
    )
    return {
      teamId: log.teamId,
      date,
      planned,
      outcome: score.outcome,
      memberIds: log.members.map((m) => (m.residentId ?? m.userId)!),
      startedAt: bounds.start,
      endedAt: log.end === null ? null : bounds.end,
      checkpointsPlanned: score.planned,
      checkpointsVisited: score.visited,
      incidents: log.incidents.map((i) => i.type as TIncidentType),
      questionings: log._count.questionings,
    }
  }

  const logOfEntry = new Map(
    logs.filter((l) => l.planId).map((l) => [rosterKey(l.planId!, fromDbDate(l.date)), l]),
  )
  const usedLogs = new Set<string>()
  const patrols: TFigurePatrol[] = roster.map((entry) => {
    const log = logOfEntry.get(entry.key)
    if (log) {
      usedLogs.add(log.id)
      // The log's team is who went (a swap the roster missed is the log's to say).
      return patrolOfLog(log, true)
    }
    return {
      teamId: entry.teamId,
      date: entry.date,
      planned: true,
      outcome: 'not_done',
      memberIds: [],
      startedAt: null,
      endedAt: null,
      checkpointsPlanned: routeCheckpoints(entry.routeId).length,
      checkpointsVisited: 0,
      incidents: [],
      questionings: 0,
    }
  })
  for (const log of logs) if (!usedLogs.has(log.id)) patrols.push(patrolOfLog(log, false))

  const inMonth = patrols.filter((p) => monthOf(p.date) === month)
  const teamById = new Map(teams.map((t) => [t.id, t]))
  const byTeam = [...new Set(inMonth.map((p) => p.teamId))]
    .map((id) => teamById.get(id)!)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id))
    .map((team) => ({
      team: { id: team.id, name: team.name, kind: team.kind as TPatrolTeamKind },
      ...figureCounts(inMonth.filter((p) => p.teamId === team.id)),
    }))

  const memberIds = [...new Set(inMonth.flatMap((p) => p.memberIds))]
  const [residents, users] = await Promise.all([
    db.resident.findMany({ where: { id: { in: memberIds } }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { id: { in: memberIds } },
      select: { id: true, displayName: true },
    }),
  ])
  type TPerson = { kind: 'resident' | 'user'; id: string; name: string }
  const people = new Map<string, TPerson>([
    ...residents.map((r): [string, TPerson] => [
      r.id,
      { kind: 'resident', id: r.id, name: r.name },
    ]),
    ...users.map((u): [string, TPerson] => [u.id, { kind: 'user', id: u.id, name: u.displayName }]),
  ])
  const byMember = memberIds
    .filter((id) => people.has(id))
    .map((id) => people.get(id)!)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id))
    .map((member) => ({
      member,
      ...figureCounts(inMonth.filter((p) => p.memberIds.includes(member.id))),
    }))

  return { month, total: figureCounts(inMonth), byTeam, byMember }
}

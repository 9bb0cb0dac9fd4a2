import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import { scorePatrol } from '@cr/shared/patrol/patrol-scoring'
import { chinaLocalOf, endsNextDay, windowMinutes } from '@cr/shared/patrol/patrol-time'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

/**
 * What a log answer reads: names only. A 盘查's ID number is read as its masked form alone (the
 * cipher column is never selected here), so no answer, list or export can carry it.
 */
const person = {
  resident: { select: { id: true, name: true } },
  user: { select: { id: true, displayName: true } },
} as const
const openFollowUps = { where: { deletedAt: null }, select: { id: true, closedOn: true } } as const
export const patrolLogInclude = {
  committee: { select: { id: true, name: true } },
  team: { select: { id: true, name: true, kind: true } },
  route: {
    select: {
      id: true,
      name: true,
      checkpoints: {
        orderBy: { position: 'asc' },
        select: { id: true, name: true, expectedMinutes: true, deviationMinutes: true },
      },
    },
  },
  plan: { select: { id: true, start: true, end: true } },
  members: { orderBy: { position: 'asc' }, include: person },
  incidents: {
    orderBy: { position: 'asc' },
    include: {
      building: { select: { id: true, address: true } },
      pendingRegistration: { select: { id: true, name: true } },
      followUps: openFollowUps,
    },
  },
  questionings: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      resident: { select: { id: true, name: true } },
      name: true,
      idNumberMasked: true,
      description: true,
      grounds: true,
      outcome: true,
      building: { select: { id: true, address: true } },
      photoIds: true,
      handlingText: true,
      needsFollowUp: true,
      followUps: openFollowUps,
    },
  },
  visits: {
    orderBy: { scannedAt: 'asc' },
    include: { checkpoint: { select: { id: true, name: true } } },
  },
  followUps: openFollowUps,
} as const

export type TPatrolLogRow = NonNullable<Awaited<ReturnType<typeof readPatrolLogRow>>>
export const readPatrolLogRow = (db: TTransaction, where: object) =>
  db.patrolLog.findFirst({ where, include: patrolLogInclude })

type TPersonRow = {
  resident: { id: string; name: string } | null
  user: { id: string; displayName: string } | null
}
const toPerson = (m: TPersonRow) =>
  m.resident
    ? { kind: 'resident' as const, id: m.resident.id, name: m.resident.name }
    : { kind: 'user' as const, id: m.user!.id, name: m.user!.displayName }

const place = (b: { id: string; address: string } | null) =>
  b ? { id: b.id, name: b.address } : null
/** The finding's follow-up task: the open one if any, else the latest closed. */
const followUpOf = (rows: readonly { id: string; closedOn: Date | null }[]) => {
  const row = rows.find((f) => !f.closedOn) ?? rows.at(-1)
  return row ? { id: row.id, name: row.closedOn ? '已办结' : '待办' } : null
}

type TScoreInput = Pick<TPatrolLogRow, 'date' | 'start' | 'route'> & {
  visits: readonly { checkpointId: string; scannedAt: Date }[]
}

/** Plan against actual (patrol-scoring.ts) from the route's checkpoints and the scans. */
export const scoreOfLog = (row: TScoreInput) => {
  if (!row.route) return null
  const date = fromDbDate(row.date)
  return scorePatrol(
    row.route.checkpoints,
    `${date}T${row.start}`,
    row.visits.map((v) => ({ checkpointId: v.checkpointId, at: chinaLocalOf(v.scannedAt) })),
  )
}

const scoreDto = (row: TPatrolLogRow): TPatrolLog['score'] => {
  const score = scoreOfLog(row)
  if (!score || !row.route) return null
  const names = new Map(row.route.checkpoints.map((c) => [c.id, c.name]))
  const { repeated, unknown, points, ...counts } = score
  return {
    ...counts,
    points: points.map((p) => ({
      checkpoint: { id: p.checkpointId, name: names.get(p.checkpointId) ?? '' },
      expectedAt: p.expectedAt,
      scannedAt: p.scannedAt,
      result: p.result,
      offsetSeconds: p.offsetSeconds,
    })),
    repeatedScans: repeated.length,
    unknownScans: unknown.length,
  }
}

export const planName = (plan: { start: string; end: string }) => `${plan.start}–${plan.end}`

export const toPatrolLogDto = (row: TPatrolLogRow): TPatrolLog => {
  const leader = row.members.find((m) => m.leader) ?? row.members[0]!
  const window = row.end ? { start: row.start, end: row.end } : null
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    date: fromDbDate(row.date),
    start: row.start,
    end: row.end,
    endsNextDay: window ? endsNextDay(window) : false,
    minutes: window ? windowMinutes(window) : null,
    team: { ...row.team, kind: row.team.kind as TPatrolLog['team']['kind'] },
    leader: toPerson(leader),
    members: row.members.map(toPerson),
    route: row.route ? { id: row.route.id, name: row.route.name } : null,
    plan: row.plan ? { id: row.plan.id, name: planName(row.plan) } : null,
    weather: row.weather as TPatrolLog['weather'],
    incidents: row.incidents.map((i) => ({
      id: i.id,
      type: i.type as TPatrolLog['incidents'][number]['type'],
      text: i.text,
      place: place(i.building),
      photoIds: i.photoIds,
      handling: i.handling as TPatrolLog['incidents'][number]['handling'],
      handlingText: i.handlingText,
      needsFollowUp: i.needsFollowUp,
      followUp: followUpOf(i.followUps),
      pendingRegistration: i.pendingRegistration,
    })),
    questionings: row.questionings.map((q) => ({
      id: q.id,
      person: {
        resident: q.resident,
        name: q.name,
        idNumberMasked: q.idNumberMasked,
        description: q.description,
      },
      grounds: q.grounds as TPatrolLog['questionings'][number]['grounds'],
      outcome: q.outcome as TPatrolLog['questionings'][number]['outcome'],
      place: place(q.building),
      photoIds: q.photoIds,
      handlingText: q.handlingText,
      needsFollowUp: q.needsFollowUp,
      followUp: followUpOf(q.followUps),
    })),
    handoverNote: row.handoverNote,
    visits: row.visits.map((v) => ({
      id: v.id,
      checkpoint: v.checkpoint,
      scannedAt: v.scannedAt.toISOString(),
      position:
        v.lat === null || v.lng === null ? null : { lat: v.lat, lng: v.lng, accuracy: v.accuracy },
    })),
    score: scoreDto(row),
    openFollowUps: row.followUps.filter((f) => !f.closedOn).length,
    source: row.source as TPatrolLog['source'],
    written: row.written as TPatrolLog['written'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

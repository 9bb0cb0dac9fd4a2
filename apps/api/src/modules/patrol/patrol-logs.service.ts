import { isFieldRole } from '@cr/shared/auth/roles'
import type {
  TPatrolLog,
  ZPatrolLogCreate,
  ZPatrolLogListQuery,
  ZPatrolLogUpdate,
} from '@cr/shared/patrol/patrol-log'
import type { Prisma } from '@cr/db/client'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { numbering, pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { readPatrolLogRow, patrolLogInclude, scoreOfLog, toPatrolLogDto } from './patrol-log-dto.ts'
import {
  checkIncident,
  checkMembers,
  checkQuestioning,
  writeIncident,
  writeMembers,
  writeQuestioning,
  type TLogFrame,
} from './patrol-log-writer.ts'
import { ownTeamsFilter, ownTeamsOnly } from './patrol-team-scope.ts'

/** Live logs in the actor's committees; a field role's account: its own teams' only. */
export const visibleLogs = (actor: TActor): { AND: Prisma.PatrolLogWhereInput[] } => ({
  AND: [{ deletedAt: null }, committeeScope(actor), ownTeamsFilter(actor)],
})

export const getPatrolLog = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await readPatrolLogRow(db, { id, ...visibleLogs(actor) })
  if (!row) throw notFound()
  return toPatrolLogDto(row)
}

type TListQuery = z.output<typeof ZPatrolLogListQuery>

const filtersOf = (actor: TActor, q: TListQuery): Prisma.PatrolLogWhereInput[] => [
  visibleLogs(actor),
  q.committeeId ? { committeeId: q.committeeId } : {},
  q.teamId ? { teamId: q.teamId } : {},
  q.routeId ? { routeId: q.routeId } : {},
  q.memberId
    ? { members: { some: { OR: [{ residentId: q.memberId }, { userId: q.memberId }] } } }
    : {},
  q.from ? { date: { gte: toDbDate(q.from) } } : {},
  q.to ? { date: { lte: toDbDate(q.to) } } : {},
  q.incidentType ? { incidents: { some: { type: q.incidentType } } } : {},
  q.questioned === undefined
    ? {}
    : q.questioned
      ? { questionings: { some: {} } }
      : { questionings: { none: {} } },
  q.followUpOpen === undefined
    ? {}
    : {
        followUps: {
          [q.followUpOpen ? 'some' : 'none']: { deletedAt: null, closedOn: null },
        },
      },
]

/**
 * The outcome (done / partly done / not done) is plan against actual, computed from the route
 * and the scans, not stored: a list asking for it scores the logs its other filters leave (in
 * JS, a community's logs are few) and keeps those ids. A log without a route has no outcome.
 */
const idsWithOutcome = async (
  db: TTransaction,
  filters: Prisma.PatrolLogWhereInput[],
  outcome: NonNullable<TListQuery['outcome']>,
) => {
  const rows = await db.patrolLog.findMany({
    where: { AND: [...filters, { routeId: { not: null } }] },
    select: {
      id: true,
      date: true,
      start: true,
      route: patrolLogInclude.route,
      visits: { select: { checkpointId: true, scannedAt: true } },
    },
  })
  return rows.filter((r) => scoreOfLog(r)?.outcome === outcome).map((r) => r.id)
}

export const listPatrolLogs = async (db: TTransaction, actor: TActor, query: TListQuery) => {
  const sort = parseSort(query.sort)
  const base = filtersOf(actor, query)
  const filters = query.outcome
    ? [...base, { id: { in: await idsWithOutcome(db, base, query.outcome) } }]
    : base
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.patrolLog.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    skip,
    take,
    include: patrolLogInclude,
  })
  return {
    ...toPage(rows, query.limit, sort, toPatrolLogDto),
    ...(await numbering(query, () => db.patrolLog.count({ where: { AND: filters } }))),
  }
}

/** The team, live, in the actor's scope (a field role: one of its own). */
const teamOf = async (ctx: TWriteContext, teamId: string) => {
  const team = await ctx.tx.patrolTeam.findFirst({
    where: {
      AND: [{ id: teamId, deletedAt: null }, committeeScope(ctx.actor), ownTeamsOnly(ctx.actor)],
    },
    select: { id: true, committeeId: true },
  })
  if (!team) throw fieldError('teamId', 'patrol_team_unknown')
  return team
}

const checkRoute = async (ctx: TWriteContext, committeeId: string, routeId: string | null) => {
  if (!routeId) return
  const found = await ctx.tx.patrolRoute.count({
    where: { id: routeId, committeeId, deletedAt: null },
  })
  if (!found) throw fieldError('routeId', 'patrol_route_unknown')
}

/**
 * The plan this log fulfils: of the same committee, and the log's team's — its own, or handed
 * to the team that day by a roster edit (a swap or a replacement). One live log per (plan, date):
 * a second is a 409 (the unique index says the same under a race).
 */
const checkPlan = async (
  ctx: TWriteContext,
  frame: Omit<TLogFrame, 'id'>,
  planId: string | null,
  exceptLogId?: string,
) => {
  if (!planId) return
  const day = toDbDate(frame.date)
  const plan = await ctx.tx.patrolPlan.findFirst({
    where: { id: planId, committeeId: frame.committeeId, deletedAt: null },
    select: { teamId: true },
  })
  const handed =
    plan && plan.teamId !== frame.teamId
      ? await ctx.tx.patrolRosterEdit.count({
          where: { planId, date: day, teamId: frame.teamId, deletedAt: null },
        })
      : 1
  if (!plan || handed === 0) throw fieldError('planId', 'patrol_plan_unknown')
  const taken = await ctx.tx.patrolLog.count({
    where: {
      planId,
      date: day,
      deletedAt: null,
      ...(exceptLogId ? { id: { not: exceptLogId } } : {}),
    },
  })
  if (taken > 0) throw fieldError('planId', 'patrol_log_plan_taken', 409)
}

type TCreate = z.output<typeof ZPatrolLogCreate>

const checkFindings = async (
  ctx: TWriteContext,
  committeeId: string,
  input: Pick<TCreate, 'incidents' | 'questionings'>,
) => {
  for (const [i, incident] of input.incidents.entries())
    await checkIncident(ctx, committeeId, incident, `incidents.${i}`)
  for (const [i, q] of input.questionings.entries())
    await checkQuestioning(ctx, committeeId, q, `questionings.${i}`)
}

/**
 * A log is created by the office (source `office`) or from the phone by a field role's account
 * (source `phone`: the role says where it was recorded, not the body). Imported logs are the
 * importer's (`register`).
 */
export const createPatrolLog = async (ctx: TWriteContext, input: TCreate) => {
  const team = await teamOf(ctx, input.teamId)
  const frame = { committeeId: team.committeeId, teamId: team.id, date: input.date }
  await checkRoute(ctx, team.committeeId, input.routeId)
  await checkMembers(ctx, frame, input.members)
  await checkFindings(ctx, team.committeeId, input)
  await checkPlan(ctx, frame, input.planId)
  const id = newId()
  await ctx.tx.patrolLog.create({
    data: {
      id,
      committeeId: team.committeeId,
      date: toDbDate(input.date),
      start: input.start,
      end: input.end,
      teamId: team.id,
      routeId: input.routeId,
      planId: input.planId,
      weather: input.weather,
      handoverNote: input.handoverNote,
      source: isFieldRole(ctx.actor.role) ? 'phone' : 'office',
      createdById: ctx.actor.userId,
    },
  })
  const full = { id, ...frame }
  await writeMembers(ctx, id, input.leader, input.members)
  for (const [i, incident] of input.incidents.entries()) await writeIncident(ctx, full, incident, i)
  for (const [i, q] of input.questionings.entries()) await writeQuestioning(ctx, full, q, i)
  const after = await getPatrolLog(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_log',
    entityId: id,
    committeeId: team.committeeId,
    after,
  })
  return after
}

export const logRecord = (ctx: TWriteContext, id: string): TStepRecord<TPatrolLog> => ({
  entityType: 'patrol_log',
  id,
  read: () => getPatrolLog(ctx.tx, ctx.actor, id),
  committeeId: (log) => log.committee.id,
})

/** A finding that has a follow-up cannot go (its task would lose what it follows). */
const removeFindings = async (
  ctx: TWriteContext,
  kind: 'incident' | 'questioning',
  ids: string[],
  path: string,
) => {
  if (ids.length === 0) return
  const followed = await ctx.tx.patrolFollowUp.count({
    where: kind === 'incident' ? { incidentId: { in: ids } } : { questioningId: { in: ids } },
  })
  if (followed > 0) throw fieldError(path, 'patrol_finding_has_follow_up', 409)
  if (kind === 'incident') await ctx.tx.patrolIncident.deleteMany({ where: { id: { in: ids } } })
  else await ctx.tx.patrolQuestioning.deleteMany({ where: { id: { in: ids } } })
}

/**
 * A change (needs If-Match). Members, incidents and 盘查 sent replace the log's as a whole. The
 * contract's findings carry no id, so they are matched by position: the n-th incident sent
 * keeps the n-th stored one's id (with its follow-up and the 待登记 it created), and stored ones
 * past the end are removed — refused (409) if a follow-up hangs on one.
 */
export const updatePatrolLog = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolLogUpdate>,
) =>
  auditedStep(ctx, logRecord(ctx, id), async (before) => {
    const committeeId = before.committee.id
    const teamId = input.teamId ?? before.team.id
    if (input.teamId !== undefined && input.teamId !== before.team.id) {
      const team = await teamOf(ctx, input.teamId)
      if (team.committeeId !== committeeId) throw fieldError('teamId', 'patrol_team_unknown')
    }
    const frame = { id, committeeId, teamId, date: input.date ?? before.date }
    const routeId = input.routeId === undefined ? (before.route?.id ?? null) : input.routeId
    const planId = input.planId === undefined ? (before.plan?.id ?? null) : input.planId
    if (input.routeId !== undefined) await checkRoute(ctx, committeeId, input.routeId)
    const members = input.members ?? before.members
    const leader = input.leader ?? before.leader
    if (!members.some((m) => m.kind === leader.kind && m.id === leader.id))
      throw fieldError('leader', 'patrol_leader_not_member')
    await checkMembers(ctx, frame, members)
    await checkFindings(ctx, committeeId, {
      incidents: input.incidents ?? [],
      questionings: input.questionings ?? [],
    })
    if (input.planId !== undefined || input.date !== undefined || input.teamId !== undefined)
      await checkPlan(ctx, frame, planId, id)

    await updateVersioned(ctx.tx.patrolLog, { id, ...visibleLogs(ctx.actor) }, version, {
      date: toDbDate(frame.date),
      teamId,
      routeId,
      planId,
      ...(input.start === undefined ? {} : { start: input.start }),
      ...(input.end === undefined ? {} : { end: input.end }),
      ...(input.weather === undefined ? {} : { weather: input.weather }),
      ...(input.handoverNote === undefined ? {} : { handoverNote: input.handoverNote }),
    })
    if (input.members || input.leader) await writeMembers(ctx, id, leader, members)
    if (input.incidents) {
      const stored = await ctx.tx.patrolIncident.findMany({
        where: { logId: id },
        orderBy: { position: 'asc' },
        select: { id: true, pendingRegistrationId: true },
      })
      await removeFindings(
        ctx,
        'incident',
        stored.slice(input.incidents.length).map((s) => s.id),
        'incidents',
      )
      for (const [i, incident] of input.incidents.entries())
        await writeIncident(ctx, frame, incident, i, stored[i])
    }
    if (input.questionings) {
      const stored = await ctx.tx.patrolQuestioning.findMany({
        where: { logId: id },
        orderBy: { position: 'asc' },
        select: { id: true },
      })
      await removeFindings(
        ctx,
        'questioning',
        stored.slice(input.questionings.length).map((s) => s.id),
        'questionings',
      )
      for (const [i, q] of input.questionings.entries())
        await writeQuestioning(ctx, frame, q, i, stored[i]?.id)
    }
  })

export const deletePatrolLog = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPatrolLog(ctx.tx, ctx.actor, id)
  await updateVersioned(ctx.tx.patrolLog, { id, ...visibleLogs(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'patrol_log',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** A step's log row as it stands (404 outside scope), bumping its version so ETags move. */
export const touchLog = async (ctx: TWriteContext, id: string) => {
  const row = await ctx.tx.patrolLog.findFirst({
    where: { id, ...visibleLogs(ctx.actor) },
    select: { id: true, committeeId: true, teamId: true, date: true, routeId: true, end: true },
  })
  if (!row) throw notFound()
  return row
}

export const bumpVersion = (ctx: TWriteContext, id: string) =>
  ctx.tx.patrolLog.update({ where: { id }, data: { version: { increment: 1 } } })

export const endedError = () => new AppError('patrol_log_ended', 409)

import type {
  TPatrolPlan,
  ZPatrolPlanCreate,
  ZPatrolPlanListQuery,
  ZPatrolPlanUpdate,
} from '@cr/shared/patrol/patrol-plan'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { patrolPlanInclude, readPatrolPlanRow, toPatrolPlanDto } from './patrol-plan-dto.ts'

export const visiblePlans = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const getPatrolPlan = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await readPatrolPlanRow(db, { id, ...visiblePlans(actor) })
  if (!row) throw notFound()
  return toPatrolPlanDto(row)
}

export const listPatrolPlans = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPatrolPlanListQuery>,
) => {
  const sort = parseSort(query.sort)
  const day = query.activeOn ? toDbDate(query.activeOn) : null
  const filters = [
    visiblePlans(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.teamId ? { teamId: query.teamId } : {},
    query.routeId ? { routeId: query.routeId } : {},
    day ? { fromDate: { lte: day }, OR: [{ toDate: null }, { toDate: { gte: day } }] } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.patrolPlan.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: patrolPlanInclude,
    }),
    db.patrolPlan.count({ where: { AND: filters } }),
  ])
  return { ...toPage(rows, query.limit, sort, toPatrolPlanDto), total, page: query.page }
}

/**
 * The plan's team, live and in the caller's scope (its committee is the plan's); another
 * committee's team is answered as one that does not exist.
 */
const teamInScope = async (db: TTransaction, actor: TActor, teamId: string) => {
  const team = await db.patrolTeam.findFirst({
    where: { AND: [{ id: teamId, deletedAt: null }, committeeScope(actor)] },
    select: { id: true, committeeId: true },
  })
  if (!team) throw fieldError('teamId', 'patrol_team_unknown')
  return team
}

/** The route, when given: live and of the team's committee. */
const checkRoute = async (db: TTransaction, committeeId: string, routeId: string | null) => {
  if (!routeId) return
  const found = await db.patrolRoute.count({ where: { id: routeId, committeeId, deletedAt: null } })
  if (!found) throw fieldError('routeId', 'patrol_plan_route_unknown')
}

export const createPatrolPlan = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPatrolPlanCreate>,
) => {
  const team = await teamInScope(ctx.tx, ctx.actor, input.teamId)
  await checkRoute(ctx.tx, team.committeeId, input.routeId)
  const id = newId()
  await ctx.tx.patrolPlan.create({
    data: {
      id,
      committeeId: team.committeeId,
      teamId: team.id,
      routeId: input.routeId,
      days: input.days,
      start: input.start,
      end: input.end,
      fromDate: toDbDate(input.from),
      toDate: input.to ? toDbDate(input.to) : null,
      note: input.note,
    },
  })
  const after = await getPatrolPlan(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_plan',
    entityId: id,
    committeeId: team.committeeId,
    after,
  })
  return after
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TPatrolPlan> => ({
  entityType: 'patrol_plan',
  id,
  read: () => getPatrolPlan(ctx.tx, ctx.actor, id),
  committeeId: (p) => p.committee.id,
})

/**
 * A change of the plan. Its team may change within the committee (the plan stays the
 * committee's); the roster follows at once, and edits on entries the plan no longer gives show
 * as unmatched rather than vanishing.
 */
export const updatePatrolPlan = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolPlanUpdate>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    const committeeId = before.committee.id
    if (input.teamId !== undefined) {
      const team = await teamInScope(ctx.tx, ctx.actor, input.teamId)
      if (team.committeeId !== committeeId) throw fieldError('teamId', 'patrol_team_unknown')
    }
    if (input.routeId !== undefined) await checkRoute(ctx.tx, committeeId, input.routeId)
    const from = input.from ?? before.from
    const to = input.to === undefined ? before.to : input.to
    if (to !== null && to < from) throw fieldError('to', 'date_range_invalid')
    await updateVersioned(ctx.tx.patrolPlan, { id, ...visiblePlans(ctx.actor) }, version, {
      ...(input.teamId === undefined ? {} : { teamId: input.teamId }),
      ...(input.routeId === undefined ? {} : { routeId: input.routeId }),
      ...(input.days === undefined ? {} : { days: input.days }),
      ...(input.start === undefined ? {} : { start: input.start }),
      ...(input.end === undefined ? {} : { end: input.end }),
      ...(input.from === undefined ? {} : { fromDate: toDbDate(input.from) }),
      ...(input.to === undefined ? {} : { toDate: input.to ? toDbDate(input.to) : null }),
      ...(input.note === undefined ? {} : { note: input.note }),
    })
  })

export const deletePatrolPlan = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPatrolPlan(ctx.tx, ctx.actor, id)
  await updateVersioned(ctx.tx.patrolPlan, { id, ...visiblePlans(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'patrol_plan',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

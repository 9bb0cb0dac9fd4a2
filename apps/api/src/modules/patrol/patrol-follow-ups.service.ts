import type {
  TPatrolFollowUp,
  ZPatrolFollowUpClose,
  ZPatrolFollowUpCreate,
  ZPatrolFollowUpListQuery,
  ZPatrolFollowUpUpdate,
} from '@cr/shared/patrol/patrol-follow-up'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import { ownTeamsFilter } from './patrol-team-scope.ts'
import type { TWriteContext } from '../../lib/write.ts'
import {
  patrolFollowUpInclude,
  readPatrolFollowUpRow,
  toPatrolFollowUpDto,
} from './patrol-follow-up-dto.ts'

/** A follow-up shows while it and its log are live and in the actor's committees. */
export const visibleFollowUps = (actor: TActor) => ({
  // A field role's account: the follow-ups of its own teams' logs (patrol-team-scope.ts).
  AND: [
    { deletedAt: null, log: { deletedAt: null, ...ownTeamsFilter(actor) } },
    committeeScope(actor),
  ],
})

export const getPatrolFollowUp = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
) => {
  const row = await readPatrolFollowUpRow(db, { id, ...visibleFollowUps(actor) })
  if (!row) throw notFound()
  return toPatrolFollowUpDto(row, today)
}

/** The state on `today` as a filter: overdue is open with its due day passed. */
const stateFilter = (state: TPatrolFollowUp['state'] | undefined, today: string) => {
  const day = toDbDate(today)
  if (state === 'closed') return { closedOn: { not: null } }
  if (state === 'overdue') return { closedOn: null, dueOn: { lt: day } }
  if (state === 'open') return { closedOn: null, dueOn: { gte: day } }
  return {}
}

export const listPatrolFollowUps = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPatrolFollowUpListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleFollowUps(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.teamId ? { log: { teamId: query.teamId } } : {},
    query.logId ? { logId: query.logId } : {},
    query.ownerId ? { ownerId: query.ownerId } : {},
    query.open === undefined ? {} : { closedOn: query.open ? null : { not: null } },
    stateFilter(query.state, today),
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.patrolFollowUp.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: patrolFollowUpInclude,
    }),
    db.patrolFollowUp.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toPatrolFollowUpDto(row, today)),
    total,
    page: query.page,
  }
}

/**
 * The finding an id names — an incident, else a 盘查 — of a live log in the actor's scope; the
 * follow-up takes that log's committee. Another committee's finding reads as none (400).
 */
const findingOf = async (db: TTransaction, actor: TActor, findingId: string) => {
  const log = { AND: [{ deletedAt: null }, committeeScope(actor)] }
  const select = { id: true, logId: true, log: { select: { committeeId: true } } } as const
  const incident = await db.patrolIncident.findFirst({ where: { id: findingId, log }, select })
  if (incident)
    return { logId: incident.logId, committeeId: incident.log.committeeId, incidentId: incident.id }
  const questioning = await db.patrolQuestioning.findFirst({
    where: { id: findingId, log },
    select,
  })
  if (questioning)
    return {
      logId: questioning.logId,
      committeeId: questioning.log.committeeId,
      questioningId: questioning.id,
    }
  throw fieldError('findingId', 'patrol_finding_unknown')
}

/** The owner: an active staff account working for the committee (or an office-wide one). */
const checkOwner = async (db: TTransaction, committeeId: string, ownerId: string) => {
  const owner = await db.user.findFirst({
    where: {
      id: ownerId,
      deletedAt: null,
      active: true,
      OR: [{ role: { in: ['admin', 'supervisor'] } }, { committees: { some: { committeeId } } }],
    },
    select: { id: true },
  })
  if (!owner) throw fieldError('ownerId', 'user_unknown_in_committee')
}

/** 开跟进 on a finding: one live follow-up a finding, due no earlier than it was opened. */
export const createPatrolFollowUp = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPatrolFollowUpCreate>,
) => {
  const finding = await findingOf(ctx.tx, ctx.actor, input.findingId)
  await checkOwner(ctx.tx, finding.committeeId, input.ownerId)
  if (input.dueOn < input.openedOn) throw fieldError('dueOn', 'patrol_follow_up_due_early')
  const taken = await ctx.tx.patrolFollowUp.count({
    where: {
      deletedAt: null,
      ...('incidentId' in finding
        ? { incidentId: finding.incidentId }
        : { questioningId: finding.questioningId }),
    },
  })
  if (taken > 0) throw fieldError('findingId', 'patrol_follow_up_exists', 409)
  const id = newId()
  await ctx.tx.patrolFollowUp.create({
    data: {
      id,
      committeeId: finding.committeeId,
      logId: finding.logId,
      incidentId: 'incidentId' in finding ? finding.incidentId : null,
      questioningId: 'questioningId' in finding ? finding.questioningId : null,
      ownerId: input.ownerId,
      openedOn: toDbDate(input.openedOn),
      dueOn: toDbDate(input.dueOn),
      note: input.note,
    },
  })
  const after = await getPatrolFollowUp(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_follow_up',
    entityId: id,
    committeeId: finding.committeeId,
    after,
  })
  return after
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TPatrolFollowUp> => ({
  entityType: 'patrol_follow_up',
  id,
  read: () => getPatrolFollowUp(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (f) => f.committee.id,
})

/** Owner, due date and note change while it is open; a closed follow-up stays as closed. */
export const updatePatrolFollowUp = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolFollowUpUpdate>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (input.ownerId !== undefined) await checkOwner(ctx.tx, before.committee.id, input.ownerId)
    if (before.closedOn !== null) throw fieldError('closedOn', 'patrol_follow_up_closed', 409)
    if (input.dueOn !== undefined && input.dueOn < before.openedOn)
      throw fieldError('dueOn', 'patrol_follow_up_due_early')
    await updateVersioned(ctx.tx.patrolFollowUp, { id, ...visibleFollowUps(ctx.actor) }, version, {
      ...(input.ownerId === undefined ? {} : { ownerId: input.ownerId }),
      ...(input.dueOn === undefined ? {} : { dueOn: toDbDate(input.dueOn) }),
      ...(input.note === undefined ? {} : { note: input.note }),
    })
  })

/** 办结: on a day no earlier than it was opened, with what was done; once. */
export const closePatrolFollowUp = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolFollowUpClose>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (before.closedOn !== null) throw fieldError('closedOn', 'patrol_follow_up_closed', 409)
    if (input.closedOn < before.openedOn)
      throw fieldError('closedOn', 'patrol_follow_up_closed_early')
    await updateVersioned(ctx.tx.patrolFollowUp, { id, ...visibleFollowUps(ctx.actor) }, version, {
      closedOn: toDbDate(input.closedOn),
      closingNote: input.note,
    })
    return { step: 'close' }
  })

export const deletePatrolFollowUp = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPatrolFollowUp(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(ctx.tx.patrolFollowUp, { id, ...visibleFollowUps(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'patrol_follow_up',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

import {
  isLeavingEvent,
  lifeEventDateProblem,
  lifeEventLabels,
  lifeEventOutcome,
  type TLifeEvent,
  type ZLifeEventCreate,
} from '@cr/shared/residents/life-event'
import type { TResident } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { endLeaderPosts } from '../buildings/buildings.service.ts'
import { leaveCurrentHousehold, type TLeftHousehold } from '../households/household-leave.ts'
import { endMembershipOnDeath } from '../party-members/party-member-death.ts'
import { getResident } from './residents.read.ts'

type TInput = z.output<typeof ZLifeEventCreate>
type TEventRow = Awaited<ReturnType<TTransaction['residentEvent']['findFirstOrThrow']>>

const residentRecord = (ctx: TWriteContext, id: string): TStepRecord<TResident> => ({
  entityType: 'resident',
  id,
  read: () => getResident(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (r) => r.committee.id,
})

/** Serialises life events of one person (two clerks at once); 404 outside the actor's scope. */
const lockResident = async (ctx: TWriteContext, id: string) => {
  const rows = await ctx.tx.$queryRaw<Array<{ committee_id: string }>>`
    SELECT committee_id FROM resident WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
  const row = rows[0]
  if (!row || !(ctx.actor.allCommittees || ctx.actor.committeeIds.includes(row.committee_id)))
    throw notFound()
}

/** The events that stand (neither a correction nor corrected), oldest first. */
const standingEvents = (events: TEventRow[]) => {
  const corrected = new Set(events.map((e) => e.correctsEventId).filter(Boolean))
  return events.filter((e) => e.type !== 'corrected' && !corrected.has(e.id))
}

/** The household's reason line: 死亡, 入伍, 迁出：<destination>. */
const householdReason = (input: TInput) =>
  [lifeEventLabels[input.type].zh, input.destination].filter(Boolean).join('：')

/**
 * 登记变动: records a life event of a resident — 迁出, 死亡, 失踪, 入伍, 服刑 take them off the
 * current register and end their current household membership (the household keeps it as
 * history); 返回 brings them back (joining a household again is the household's 迁入); 更正
 * takes back the latest standing event with a reason, the status returning to what it was
 * (a membership it ended is not restored: the clerk moves the person in again). Leaving also
 * ends the person's 楼长 posts, and 死亡 their party membership (each its own audited step). Audited as a
 * step on the resident, with the event noted; the household's change is its own audited step.
 */
export const recordLifeEvent = async (ctx: TWriteContext, id: string, input: TInput) => {
  await lockResident(ctx, id)
  return auditedStep(ctx, residentRecord(ctx, id), async (before) => {
    const events = await ctx.tx.residentEvent.findMany({
      where: { residentId: id },
      orderBy: [{ occurredOn: 'asc' }, { recordedAt: 'asc' }],
    })
    const standing = standingEvents(events).at(-1)
    const outcome = lifeEventOutcome(input.type, before.status, standing?.statusBefore ?? null)
    if (!outcome.ok) throw fieldError('type', outcome.error, 409)
    const after = outcome.status
    const problem = lifeEventDateProblem(input.date, {
      birthDate: before.birthDate,
      today: ctx.today,
      after: standing ? fromDbDate(standing.occurredOn) : null,
    })
    if (problem) throw fieldError('date', problem)

    let left: TLeftHousehold | null = null
    if (isLeavingEvent(input.type)) {
      left = await leaveCurrentHousehold(ctx, id, {
        date: input.date,
        reason: householdReason(input),
      })
      // Someone no longer here is no building's 楼长; a death ends a party membership too.
      await endLeaderPosts(ctx, id)
      if (input.type === 'deceased') await endMembershipOnDeath(ctx, id, input.date)
    }
    await ctx.tx.resident.update({
      where: { id },
      data: { status: after, version: { increment: 1 } },
    })
    const event = {
      id: newId(),
      residentId: id,
      type: input.type,
      occurredOn: toDbDate(input.date),
      statusBefore: before.status,
      statusAfter: after,
      destination: input.destination,
      reason: input.reason,
      documentNumber: input.documentNumber,
      householdId: left?.householdId ?? null,
      relationship: left?.relationship ?? null,
      correctsEventId: input.type === 'corrected' ? standing!.id : null,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.name,
    }
    await ctx.tx.residentEvent.create({ data: event })
    return {
      lifeEvent: {
        id: event.id,
        type: input.type,
        date: input.date,
        destination: input.destination,
        reason: input.reason,
        documentNumber: input.documentNumber,
        householdId: event.householdId,
        correctsEventId: event.correctsEventId,
      },
    }
  })
}

/** The person's life events, newest first, with the household each one left (原属户). */
export const listLifeEvents = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
): Promise<{ items: TLifeEvent[] }> => {
  await getResident(db, actor, id, today)
  const rows = await db.residentEvent.findMany({
    where: { residentId: id },
    orderBy: [{ occurredOn: 'desc' }, { recordedAt: 'desc' }],
    include: { household: { select: { id: true, dwelling: { select: { address: true } } } } },
  })
  const correctedBy = new Map(
    rows.filter((r) => r.correctsEventId).map((r) => [r.correctsEventId!, r.id]),
  )
  return {
    items: rows.map((row) => ({
      id: row.id,
      type: row.type as TLifeEvent['type'],
      occurredOn: fromDbDate(row.occurredOn),
      statusBefore: row.statusBefore,
      statusAfter: row.statusAfter,
      destination: row.destination,
      reason: row.reason,
      documentNumber: row.documentNumber,
      household: row.household
        ? { id: row.household.id, address: row.household.dwelling.address }
        : null,
      relationship: row.relationship,
      correctsEventId: row.correctsEventId,
      correctedBy: correctedBy.get(row.id) ?? null,
      actorName: row.actorName,
      recordedAt: row.recordedAt.toISOString(),
    })),
  }
}

import type { householdEventTypes } from '@cr/shared/households/household'
import { isInCurrentPopulation } from '@cr/shared/residents/life-event'
import { committeeScope } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'

/**
 * A resident may join a household: visible to the actor, filed under the household's committee,
 * in the current population (not deceased, moved out or away), and not a current member of any
 * household (a move between households is a transfer).
 */
export const assertJoinable = async (
  ctx: TWriteContext,
  residentId: string,
  committeeId: string,
  path: string,
) => {
  const resident = await ctx.tx.resident.findFirst({
    where: { id: residentId, deletedAt: null, committeeId, ...committeeScope(ctx.actor) },
    select: {
      id: true,
      status: true,
      residence: true,
      memberships: { where: { leftOn: null }, select: { id: true } },
    },
  })
  if (!resident) throw fieldError(path, 'resident_unknown')
  // Only the current population joins a household: a person who left comes back by 返回 first.
  if (resident.status === 'deceased') throw fieldError(path, 'resident_deceased', 409)
  if (!isInCurrentPopulation(resident.status)) throw fieldError(path, 'resident_not_active', 409)
  // A person living elsewhere (a landlord) is no member of a household here: set them here first.
  if (resident.residence !== 'here') throw fieldError(path, 'resident_lives_elsewhere', 409)
  if (resident.memberships.length > 0) throw fieldError(path, 'already_in_household', 409)
}

/** The current membership row of a resident in a household, or a field error. */
export const currentMembership = async (
  ctx: TWriteContext,
  householdId: string,
  residentId: string,
  path = 'residentId',
) => {
  const member = await ctx.tx.householdMember.findFirst({
    where: { householdId, residentId, leftOn: null },
  })
  if (!member) throw fieldError(path, 'not_a_member')
  return member
}

/**
 * Serialises actions on one household (two clerks moving people at once) and bumps its version,
 * so an open edit of the household sees that it changed.
 */
export const lockHousehold = async (ctx: TWriteContext, id: string) => {
  const rows = await ctx.tx.$queryRaw<
    Array<{ id: string; committee_id: string; head_resident_id: string; version: number }>
  >`
    SELECT id, committee_id, head_resident_id, version FROM household
    WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
  const row = rows[0]
  if (!row || !(ctx.actor.allCommittees || ctx.actor.committeeIds.includes(row.committee_id)))
    throw notFound()
  await ctx.tx.household.update({ where: { id }, data: { version: { increment: 1 } } })
  return {
    id: row.id,
    committeeId: row.committee_id,
    headResidentId: row.head_resident_id,
    /** The version before this action's bump: what an If-Match is compared with. */
    version: row.version,
  }
}

type TEvent = {
  householdId: string
  type: (typeof householdEventTypes)[number]
  date: string
  residentId?: string | null
  relationship?: string | null
  previousRelationship?: string | null
  otherHouseholdId?: string | null
  reason?: string | null
}

/** One dated line of the household's history. */
export const recordEvent = (ctx: TWriteContext, event: TEvent) =>
  ctx.tx.householdEvent.create({
    data: {
      id: newId(),
      householdId: event.householdId,
      type: event.type,
      occurredOn: toDbDate(event.date),
      residentId: event.residentId ?? null,
      relationship: event.relationship ?? null,
      previousRelationship: event.previousRelationship ?? null,
      otherHouseholdId: event.otherHouseholdId ?? null,
      reason: event.reason ?? null,
      actorName: ctx.actor.name,
    },
  })

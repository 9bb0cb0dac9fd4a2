import {
  headRelationship,
  type THousehold,
  type ZHouseholdChangeHead,
  type ZHouseholdMoveIn,
  type ZHouseholdMoveOut,
  type ZHouseholdRelationshipCorrection,
  type ZHouseholdTransfer,
} from '@cr/shared/households/household'
import type { z } from 'zod'
import { toDbDate } from '../../lib/dates.ts'
import { fieldError, preconditionFailed } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { getHousehold } from './households.service.ts'
import {
  assertJoinable,
  currentMembership,
  lockHousehold,
  recordEvent,
} from './household-members.ts'

/**
 * Household changes are explicit, dated steps that keep history: a member who leaves keeps their
 * row with `left_on`; nothing is overwritten. Each step is audited with before → after.
 */
export const householdRecord = (ctx: TWriteContext, id: string): TStepRecord<THousehold> => ({
  entityType: 'household',
  id,
  read: () => getHousehold(ctx.tx, ctx.actor, id),
  committeeId: (h) => h.committee.id,
})

const refuseHeadRelationship = (relationship: string) => {
  if (relationship === headRelationship) throw fieldError('relationship', 'head_relationship')
}

/** 迁入: a resident joins the household. */
export const moveIn = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZHouseholdMoveIn>,
) => {
  const household = await lockHousehold(ctx, id)
  refuseHeadRelationship(input.relationship)
  return auditedStep(ctx, householdRecord(ctx, id), async () => {
    await assertJoinable(ctx, input.residentId, household.committeeId, 'residentId')
    const date = input.date ?? ctx.today
    await ctx.tx.householdMember.create({
      data: {
        id: newId(),
        householdId: id,
        residentId: input.residentId,
        relationship: input.relationship,
        joinedOn: toDbDate(date),
      },
    })
    await recordEvent(ctx, {
      householdId: id,
      type: 'moved_in',
      date,
      residentId: input.residentId,
      relationship: input.relationship,
    })
  })
}

/** 迁出: a member leaves (the head must be replaced first). */
export const moveOut = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZHouseholdMoveOut>,
) => {
  const household = await lockHousehold(ctx, id)
  if (input.residentId === household.headResidentId)
    throw fieldError('residentId', 'head_cannot_leave')
  return auditedStep(ctx, householdRecord(ctx, id), async () => {
    const member = await currentMembership(ctx, id, input.residentId)
    const date = input.date ?? ctx.today
    await ctx.tx.householdMember.update({
      where: { id: member.id },
      data: { leftOn: toDbDate(date), leftReason: input.reason },
    })
    await recordEvent(ctx, {
      householdId: id,
      type: 'moved_out',
      date,
      residentId: input.residentId,
      reason: input.reason,
    })
  })
}

/** 迁到他户: a member moves to another household, with their relationship to its head. */
export const transferMember = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZHouseholdTransfer>,
) => {
  if (input.toHouseholdId === id) throw fieldError('toHouseholdId', 'household_unknown')
  // Lock in id order so two opposite transfers cannot deadlock.
  const [first, second] = [id, input.toHouseholdId].sort()
  const locked = new Map([
    [first!, await lockHousehold(ctx, first!)],
    [second!, await lockHousehold(ctx, second!)],
  ])
  const source = locked.get(id)!
  const target = locked.get(input.toHouseholdId)!
  if (input.residentId === source.headResidentId)
    throw fieldError('residentId', 'head_cannot_leave')
  refuseHeadRelationship(input.relationship)
  const date = input.date ?? ctx.today
  const after = await auditedStep(ctx, householdRecord(ctx, id), async () => {
    const member = await currentMembership(ctx, id, input.residentId)
    await ctx.tx.householdMember.update({
      where: { id: member.id },
      data: { leftOn: toDbDate(date), leftReason: 'transfer' },
    })
    await recordEvent(ctx, {
      householdId: id,
      type: 'transferred_out',
      date,
      residentId: input.residentId,
      otherHouseholdId: target.id,
    })
  })
  await auditedStep(ctx, householdRecord(ctx, target.id), async () => {
    await ctx.tx.householdMember.create({
      data: {
        id: newId(),
        householdId: target.id,
        residentId: input.residentId,
        relationship: input.relationship,
        joinedOn: toDbDate(date),
      },
    })
    await recordEvent(ctx, {
      householdId: target.id,
      type: 'transferred_in',
      date,
      residentId: input.residentId,
      relationship: input.relationship,
      otherHouseholdId: id,
    })
  })
  return after
}

/**
 * 变更户主: a member becomes the head; every other member (the old head included) gets their
 * relationship to the new head. The previous relationships stay in the audit row's `before`.
 */
export const changeHead = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZHouseholdChangeHead>,
) => {
  const household = await lockHousehold(ctx, id)
  if (input.newHeadResidentId === household.headResidentId)
    throw fieldError('newHeadResidentId', 'head_relationship')
  return auditedStep(ctx, householdRecord(ctx, id), async () => {
    await currentMembership(ctx, id, input.newHeadResidentId, 'newHeadResidentId')
    const members = await ctx.tx.householdMember.findMany({
      where: { householdId: id, leftOn: null },
    })
    // Field paths point into the request (`relationships.<i>`), so a form can mark the right row.
    input.relationships.forEach((r, i) => {
      if (r.relationship === headRelationship)
        throw fieldError(`relationships.${i}.relationship`, 'head_relationship')
    })
    const given = new Map(input.relationships.map((r) => [r.residentId, r.relationship]))
    for (const m of members) {
      if (m.residentId === input.newHeadResidentId) continue
      const relationship = given.get(m.residentId)
      if (!relationship) throw fieldError('relationships', 'required')
      await ctx.tx.householdMember.update({ where: { id: m.id }, data: { relationship } })
    }
    await ctx.tx.householdMember.updateMany({
      where: { householdId: id, residentId: input.newHeadResidentId, leftOn: null },
      data: { relationship: headRelationship },
    })
    await ctx.tx.household.update({
      where: { id },
      data: { headResidentId: input.newHeadResidentId },
    })
    const date = input.date ?? ctx.today
    await recordEvent(ctx, {
      householdId: id,
      type: 'head_changed',
      date,
      residentId: input.newHeadResidentId,
      relationship: headRelationship,
    })
  })
}

/**
 * 更正关系: a current member's relationship was recorded wrongly. Corrected in place — the
 * member did not move, so no move out and in — with the reason in the history (the event keeps
 * the relationship it replaced) and in the audit row. The head's relationship is 02 by
 * definition: it changes only with 变更户主. Checked against the household's version (If-Match).
 */
export const correctRelationship = async (
  ctx: TWriteContext,
  id: string,
  residentId: string,
  version: number,
  input: z.output<typeof ZHouseholdRelationshipCorrection>,
) => {
  const household = await lockHousehold(ctx, id)
  if (household.version !== version) throw preconditionFailed()
  if (residentId === household.headResidentId)
    throw fieldError('params.residentId', 'head_relationship')
  refuseHeadRelationship(input.relationship)
  return auditedStep(
    ctx,
    householdRecord(ctx, id),
    async () => {
      const member = await currentMembership(ctx, id, residentId, 'params.residentId')
      if (member.relationship === input.relationship)
        throw fieldError('relationship', 'relationship_unchanged')
      await ctx.tx.householdMember.update({
        where: { id: member.id },
        data: { relationship: input.relationship },
      })
      await recordEvent(ctx, {
        householdId: id,
        type: 'relationship_corrected',
        date: ctx.today,
        residentId,
        relationship: input.relationship,
        previousRelationship: member.relationship,
        reason: input.reason,
      })
      return {
        correction: { residentId, from: member.relationship, to: input.relationship },
      }
    },
    input.reason,
  )
}

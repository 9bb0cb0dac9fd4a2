import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { fieldError } from '../../lib/errors.ts'
import { auditedStep } from '../../lib/audited-step.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { householdRecord } from './household-actions.ts'
import { currentMembership, lockHousehold, recordEvent } from './household-members.ts'

/** The household a resident left, and the relationship they had in it. */
export type TLeftHousehold = { householdId: string; relationship: string }

/**
 * A resident's life event (迁出, 死亡, 入伍…; modules/residents/life-events.ts) ends their current
 * membership as the household's 迁出 does: the row keeps `left_on` and the reason, the household
 * gets a dated `moved_out` event, and the household's change is one audited step. The head
 * leaves only as the last member (else the head is changed first, 409 `head_cannot_leave`); the
 * household then stays, with its history and no current members. The residents module's face
 * onto households (apiFaces in eslint.config.js).
 */
export const leaveCurrentHousehold = async (
  ctx: TWriteContext,
  residentId: string,
  { date, reason }: { date: string; reason: string },
): Promise<TLeftHousehold | null> => {
  const current = await ctx.tx.householdMember.findFirst({
    where: { residentId, leftOn: null },
    select: { householdId: true },
  })
  if (!current) return null
  const household = await lockHousehold(ctx, current.householdId)
  let left: TLeftHousehold | null = null
  await auditedStep(ctx, householdRecord(ctx, household.id), async () => {
    const member = await currentMembership(ctx, household.id, residentId)
    if (
      residentId === household.headResidentId &&
      (await othersIn(ctx.tx, household.id, member.id))
    )
      throw fieldError('type', 'head_cannot_leave', 409)
    if (date < fromDbDate(member.joinedOn)) throw fieldError('date', 'life_event_date_before_last')
    await ctx.tx.householdMember.update({
      where: { id: member.id },
      data: { leftOn: toDbDate(date), leftReason: reason },
    })
    await recordEvent(ctx, {
      householdId: household.id,
      type: 'moved_out',
      date,
      residentId,
      reason,
    })
    left = { householdId: household.id, relationship: member.relationship }
    return { leftBy: reason }
  })
  return left
}

const othersIn = async (tx: TTransaction, householdId: string, memberId: string) =>
  (await tx.householdMember.count({
    where: { householdId, leftOn: null, NOT: { id: memberId } },
  })) > 0

import type { TWriteContext } from '../../lib/write.ts'
import { recordMemberEvent } from './party-member-events.ts'

/**
 * A resident's 死亡 recorded in the registry (`modules/residents/life-events.ts`) takes their
 * membership off the roll as the branch's own 死亡 step does (`leaveRoll`: state `deceased`, a
 * dated event): the roll, the dues roll and the meetings stop counting them. It is done for
 * whoever records the death, whether or not they see the member's branch: the death is the
 * registry's fact, and the audit row names who recorded it. A later 更正 of the death does not
 * put the member back on the roll (the branch does that, as the household's membership). The
 * residents module's face onto party members (apiFaces in eslint.config.js).
 */
export const endMembershipOnDeath = async (
  ctx: TWriteContext,
  residentId: string,
  date: string,
): Promise<string | null> => {
  const member = await ctx.tx.partyMember.findFirst({
    where: { residentId, deletedAt: null, state: 'active' },
    select: { id: true, committeeId: true },
  })
  if (!member) return null
  await ctx.tx.partyMember.update({
    where: { id: member.id },
    data: { state: 'deceased', version: { increment: 1 } },
  })
  const reason = '居民登记死亡'
  await recordMemberEvent(ctx, member.id, 'deceased', date, { reason })
  await ctx.audit({
    action: 'update',
    entityType: 'party_member',
    entityId: member.id,
    committeeId: member.committeeId,
    before: { state: 'active' },
    after: { state: 'deceased', on: date },
    reason,
  })
  return member.id
}

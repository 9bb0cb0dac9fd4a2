import type { ZFlowOut, ZFlowReturn } from '@cr/shared/party/party-member'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { recordMemberEvent } from './party-member-events.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { getMember } from './party-members.service.ts'
import { toPartyFlowDto } from './party-flow-dto.ts'

/**
 * 流动党员: a member away for work or study keeps their membership here and carries a
 * 流动党员活动证; more than six months at a fixed place and the relationship should be
 * transferred instead (DOMAIN.md §1) — `longAway` says so.
 */
export const memberFlows = async (
  db: TTransaction,
  actor: TActor,
  memberId: string,
  today: string,
) => {
  await getMember(db, actor, memberId, today)
  const rows = await db.partyFlow.findMany({ where: { memberId }, orderBy: { leftOn: 'desc' } })
  return { items: rows.map((row) => toPartyFlowDto(row, today)) }
}

export const flowOut = async (
  ctx: TWriteContext,
  memberId: string,
  input: z.output<typeof ZFlowOut>,
) => {
  const member = await getMember(ctx.tx, ctx.actor, memberId, ctx.today)
  if (member.state !== 'active') throw new AppError('party_member_not_active', 409)
  const away = await ctx.tx.partyFlow.findFirst({ where: { memberId, returnedOn: null } })
  if (away) throw fieldError('leftOn', 'party_flow_open', 409)
  const id = newId()
  const row = await ctx.tx.partyFlow.create({
    data: { id, memberId, ...input, leftOn: toDbDate(input.leftOn) },
  })
  await recordMemberEvent(ctx, memberId, 'flowed_out', input.leftOn, {
    destination: input.destination,
    reason: input.reason,
    cardNumber: input.cardNumber,
  })
  await ctx.audit({
    action: 'create',
    entityType: 'party_flow',
    entityId: id,
    committeeId: member.resident.committee.id,
    after: input,
  })
  return toPartyFlowDto(row, ctx.today)
}

export const flowReturn = async (
  ctx: TWriteContext,
  flowId: string,
  input: z.output<typeof ZFlowReturn>,
) => {
  const flow = await ctx.tx.partyFlow.findFirst({
    where: { id: flowId, member: partyMemberScope(ctx.actor) },
  })
  if (!flow) throw notFound()
  if (flow.returnedOn) throw new AppError('conflict', 409)
  if (input.on < fromDbDate(flow.leftOn)) throw fieldError('on', 'date_range_invalid')
  const row = await ctx.tx.partyFlow.update({
    where: { id: flowId },
    data: { returnedOn: toDbDate(input.on) },
  })
  await recordMemberEvent(ctx, flow.memberId, 'flowed_back', input.on, { flowId })
  await ctx.audit({
    action: 'update',
    entityType: 'party_flow',
    entityId: flowId,
    after: { returnedOn: input.on },
  })
  return toPartyFlowDto(row, ctx.today)
}

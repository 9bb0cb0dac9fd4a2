import type {
  TPartyMember,
  ZConfirmMembership,
  ZDuesBatchPayment,
  ZDuesPaymentCreate,
  ZExtendProbation,
  ZMemberLeave,
} from '@cr/shared/party/party-member'
import { monthOf } from '@cr/shared/party/calendar'
import { parseYuan } from '@cr/shared/party/money'
import { checkBackPayment, duesStartMonth, paymentMonths } from '@cr/shared/party/dues-roll'
import { checkPartyStages } from '@cr/shared/party/party-standing'
import { extendProbation } from '@cr/shared/party/probation'
import type { z } from 'zod'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { recordMemberEvent } from './party-member-events.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { getMember } from './party-members.service.ts'
import { duesRollInclude, memberRoll, standardIn, type TRollSource } from './party-member-roll.ts'

/**
 * Life-cycle steps: each checks the rule in packages/shared/src/party, changes the member in
 * one versioned update, records a dated event and an audit row. Never a field edit.
 */

/** The member a step changes, read in the actor's party scope (404 outside it). */
export const memberRecord = (ctx: TWriteContext, id: string): TStepRecord<TPartyMember> => ({
  entityType: 'party_member',
  id,
  read: () => getMember(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (m) => m.resident.committee.id,
})

export const assertActive = (member: TPartyMember) => {
  if (member.state !== 'active') throw new AppError('party_member_not_active', 409)
}

const assertProbationary = (member: TPartyMember) => {
  assertActive(member)
  if (member.status !== 'probationary') throw new AppError('party_member_not_probationary', 409)
}

/** 按期转正 on the branch meeting's date: not before the probation (as extended) has run. */
export const confirmMembership = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZConfirmMembership>,
) =>
  auditedStep(ctx, memberRecord(ctx, id), async (before) => {
    assertProbationary(before)
    const stages = checkPartyStages({
      joinedOn: before.joinedOn,
      fullMembershipOn: input.on,
      probationExtendedMonths: before.probationExtendedMonths,
    })
    if (!stages.ok) throw fieldError('on', stages.error)
    await updateVersioned(ctx.tx.partyMember, { id, ...partyMemberScope(ctx.actor) }, version, {
      status: 'full',
      fullMembershipOn: toDbDate(input.on),
    })
    await recordMemberEvent(ctx, id, 'confirmed', input.on)
    return { step: 'confirmed' }
  })

/** 延长预备期: once, 6 to 12 months. */
export const extendMemberProbation = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZExtendProbation>,
) =>
  auditedStep(ctx, memberRecord(ctx, id), async (before) => {
    assertProbationary(before)
    const months = extendProbation(before.probationExtendedMonths, input.months)
    if (!months.ok) throw fieldError('months', months.error)
    await updateVersioned(ctx.tx.partyMember, { id, ...partyMemberScope(ctx.actor) }, version, {
      probationExtendedMonths: months.value,
    })
    await recordMemberEvent(ctx, id, 'probation_extended', input.on, {
      months: months.value,
      reason: input.reason,
    })
    return { step: 'probation_extended' }
  })

/**
 * Dues for one month, or for a run of months at once (按季度, 预交 with the branch's consent):
 * from the month of joining (after the 党费交至 the member brought), up to a year ahead of the
 * month paid in, never a month twice, each at the standard in force in it unless an amount is
 * given, and a back-payment only for the six most recent unpaid months.
 */
export const payDues = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZDuesPaymentCreate>,
) => {
  const member = await ctx.tx.partyMember.findFirst({
    where: { id, ...partyMemberScope(ctx.actor) },
    include: duesRollInclude,
  })
  if (!member) throw notFound()
  if (member.state !== 'active') throw new AppError('party_member_not_active', 409)
  const months = coveredMonths(member, input)
  const amount = input.amount === undefined ? undefined : parseYuan(input.amount)
  if (amount && !amount.ok) throw fieldError('amount', amount.error)
  const paidInMonth = monthOf(input.paidOn)
  const roll = memberRoll(member, paidInMonth)
  if (roll) {
    const back = checkBackPayment(roll, months, paidInMonth)
    if (!back.ok) throw fieldError('month', back.error)
  }
  const rows = months.map((month) => ({
    id: newId(),
    memberId: id,
    month,
    amountFen: amount?.ok ? amount.value : standardIn(member, month),
    paidOn: toDbDate(input.paidOn),
    recordedBy: ctx.actor.name,
  }))
  await ctx.tx.partyDuesPayment.createMany({ data: rows })
  const paid = rows.map((r) => ({ month: r.month, amountFen: r.amountFen }))
  await recordMemberEvent(ctx, id, 'dues_paid', input.paidOn, {
    month: months[0],
    ...(months.length > 1 && { toMonth: months.at(-1) }),
    amountFen: paid.reduce((t, p) => t + p.amountFen, 0),
  })
  const after = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'party_dues_payment',
    entityId: id,
    committeeId: member.committeeId,
    after: { months: paid, paidOn: input.paidOn },
  })
  return after
}

/**
 * A member's refusal inside a batch, pointed at the member — `memberIds.<n>` — and named in the
 * message (`张三：所选月份中有已登记或已交至的月份`), so the clerk knows whom without counting the selection.
 */
const atMember = (error: unknown, index: number, name: string | undefined) =>
  error instanceof AppError && error.status !== 404
    ? new AppError(error.code, error.status, {
        fields: (error.fieldErrors ?? [{ path: '', code: error.code }]).map((field) => ({
          ...field,
          path: `memberIds.${index}`,
          ...(name ? { subject: name } : {}),
        })),
      })
    : error

/**
 * 批量登记党费: `payDues` for each selected member in the request's one transaction, so the batch
 * is recorded whole or not at all; a member named twice pays once.
 */
export const payDuesBatch = async (
  ctx: TWriteContext,
  input: z.output<typeof ZDuesBatchPayment>,
) => {
  const seen = new Set<string>()
  // The names first: a refusal names its member (read before any write of the batch; one
  // outside the scope has none here and answers 404 below).
  const names = new Map(
    (
      await ctx.tx.partyMember.findMany({
        where: { AND: [{ id: { in: input.memberIds } }, partyMemberScope(ctx.actor)] },
        select: { id: true, resident: { select: { name: true } } },
      })
    ).map((member) => [member.id, member.resident.name]),
  )
  for (const [index, id] of input.memberIds.entries()) {
    if (seen.has(id)) continue
    seen.add(id)
    try {
      await payDues(ctx, id, { month: input.month, toMonth: input.toMonth, paidOn: input.paidOn })
    } catch (error) {
      throw atMember(error, index, names.get(id))
    }
  }
  return { paid: seen.size }
}

/** The months a payment covers, each checked: on the roll, not too far ahead, not paid yet. */
const coveredMonths = (
  member: TRollSource,
  input: z.output<typeof ZDuesPaymentCreate>,
): string[] => {
  const covered = paymentMonths(input)
  if (!covered.ok) throw fieldError(covered.field, covered.error)
  const months = covered.value
  if (input.month < duesStartMonth(fromDbDate(member.joinedOn)))
    throw fieldError('month', 'party_dues_month_invalid')
  const settled = member.duesSettledThrough
  const paid = new Set(member.payments.map((p) => p.month))
  if (months.some((m) => paid.has(m) || (settled !== null && m <= settled)))
    throw fieldError('month', 'party_dues_already_paid', 409)
  return months
}

/** 出党, death or expulsion: the member leaves the roll on a date, with the reason kept. */
export const leaveRoll = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZMemberLeave>,
) =>
  auditedStep(ctx, memberRecord(ctx, id), async (before) => {
    assertActive(before)
    await updateVersioned(ctx.tx.partyMember, { id, ...partyMemberScope(ctx.actor) }, version, {
      state: input.state,
    })
    await recordMemberEvent(ctx, id, input.state, input.on, { reason: input.reason })
    return { step: input.state }
  })

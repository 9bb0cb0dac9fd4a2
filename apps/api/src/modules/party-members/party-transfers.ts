import type { ZTransferIn, ZTransferOut, ZTransferReceipt } from '@cr/shared/party/party-member'
import { letterOnArrival, maxValidDays } from '@cr/shared/party/transfer-letter'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import { auditedStep } from '../../lib/audited-step.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { recordMemberEvent } from './party-member-events.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { assertMemberOrganization, createMember, getMember } from './party-members.service.ts'
import { assertActive, memberRecord } from './party-member-actions.ts'
import { partyTransferInclude, toPartyTransferDto } from './party-transfer-dto.ts'

/**
 * 组织关系转接: the letter issued when a member transfers out (printed, closed by its 回执), and
 * a member arriving with a letter from elsewhere.
 */
export const getTransfer = async (db: TTransaction, actor: TActor, id: string, today: string) => {
  const row = await db.partyTransfer.findFirst({
    where: { id, member: partyMemberScope(actor) },
    include: partyTransferInclude,
  })
  if (!row) throw notFound()
  return toPartyTransferDto(row, today)
}

/**
 * 组织关系转出: the member leaves the roll with a letter (介绍信) naming where to, the dues paid
 * up to, and a validity of at most three months; the letter is printed from the web app.
 */
export const transferOut = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZTransferOut>,
) => {
  const transferId = newId()
  await auditedStep(ctx, memberRecord(ctx, id), async (before) => {
    assertActive(before)
    const validDays = input.validDays ?? maxValidDays(input.issuedOn)
    if (validDays > maxValidDays(input.issuedOn))
      throw fieldError('validDays', 'party_letter_validity_limit')
    await updateVersioned(ctx.tx.partyMember, { id, ...partyMemberScope(ctx.actor) }, version, {
      state: 'transferred_out',
    })
    await ctx.tx.partyTransfer.create({
      data: {
        id: transferId,
        memberId: id,
        direction: 'out',
        serialNumber: input.serialNumber,
        fromOrganization: before.organization.name,
        toOrganization: input.toOrganization,
        duesPaidThrough: before.dues.paidThrough,
        issuedOn: toDbDate(input.issuedOn),
        validDays,
      },
    })
    await recordMemberEvent(ctx, id, 'transferred_out', input.issuedOn, {
      transferId,
      serialNumber: input.serialNumber,
      toOrganization: input.toOrganization,
    })
    return { step: 'transferred_out', transferId }
  })
  return getTransfer(ctx.tx, ctx.actor, transferId, ctx.today)
}

/** The letter was printed: counted, as the 存根 register keeps it. */
export const letterPrinted = async (ctx: TWriteContext, transferId: string) => {
  const transfer = await getTransfer(ctx.tx, ctx.actor, transferId, ctx.today)
  await ctx.tx.partyTransfer.update({
    where: { id: transferId },
    data: { printCount: { increment: 1 } },
  })
  return { ...transfer, printCount: transfer.printCount + 1 }
}

/**
 * 组织关系转入: a member arriving with a letter — added to the roster as any new member, with
 * the letter kept (its validity checked: a letter that expired before it was received is
 * refused) and a `transferred_in` event. An earlier record of the same person (transferred
 * out from here before) comes back to the roll instead of a second record.
 */
export const transferIn = async (ctx: TWriteContext, input: z.output<typeof ZTransferIn>) => {
  const { letter, ...member } = input
  const state = letterOnArrival(letter)
  if (!state.ok) throw fieldError('letter.validDays', state.error)
  // An expired letter is taken in only with the branch's certificate for the delay, its reason
  // recorded (as the letter's own instructions allow).
  if (state.value.status === 'expired' && !letter.delayReason)
    throw fieldError('letter.receivedOn', 'party_letter_expired')
  const returning = await ctx.tx.partyMember.findFirst({
    where: {
      residentId: member.residentId,
      state: 'transferred_out',
      ...partyMemberScope(ctx.actor),
    },
  })
  let id: string
  if (returning) {
    await assertMemberOrganization(ctx, member.organizationId)
    await updateVersioned(
      ctx.tx.partyMember,
      { id: returning.id, ...partyMemberScope(ctx.actor) },
      returning.version,
      {
        state: 'active',
        organizationId: member.organizationId,
        ...(member.duesPaidThrough && { duesSettledThrough: member.duesPaidThrough }),
      },
    )
    id = returning.id
  } else id = (await createMember(ctx, member)).id
  const transferId = newId()
  await ctx.tx.partyTransfer.create({
    data: {
      id: transferId,
      memberId: id,
      direction: 'in',
      serialNumber: letter.serialNumber,
      fromOrganization: letter.fromOrganization,
      toOrganization: (await getMember(ctx.tx, ctx.actor, id, ctx.today)).organization.name,
      duesPaidThrough: member.duesPaidThrough ?? null,
      issuedOn: toDbDate(letter.issuedOn),
      validDays: letter.validDays,
      receiptReturnedOn: toDbDate(letter.receivedOn),
    },
  })
  await recordMemberEvent(ctx, id, 'transferred_in', letter.receivedOn, {
    transferId,
    serialNumber: letter.serialNumber,
    fromOrganization: letter.fromOrganization,
    ...(state.value.status === 'expired' && { delayReason: letter.delayReason }),
  })
  const after = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'party_transfer',
    entityId: transferId,
    committeeId: after.resident.committee.id,
    after: { direction: 'in', serialNumber: letter.serialNumber, memberId: id },
  })
  return after
}

/** The 回执 of a letter issued here came back: the letter is closed (received). */
export const transferReceipt = async (
  ctx: TWriteContext,
  transferId: string,
  input: z.output<typeof ZTransferReceipt>,
) => {
  const transfer = await getTransfer(ctx.tx, ctx.actor, transferId, ctx.today)
  if (transfer.direction !== 'out' || transfer.receiptReturnedOn)
    throw new AppError('conflict', 409)
  await ctx.tx.partyTransfer.update({
    where: { id: transferId },
    data: { receiptReturnedOn: toDbDate(input.on) },
  })
  await recordMemberEvent(ctx, transfer.member.id, 'transfer_receipt', input.on, { transferId })
  await ctx.audit({
    action: 'update',
    entityType: 'party_transfer',
    entityId: transferId,
    after: { receiptReturnedOn: input.on },
  })
  return getTransfer(ctx.tx, ctx.actor, transferId, ctx.today)
}

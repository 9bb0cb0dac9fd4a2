import type {
  TPartyMember,
  ZConfirmMembership,
  ZDuesPaymentCreate,
  ZExtendProbation,
  ZMemberLeave,
  ZPartyEvaluationCreate,
  ZTransferIn,
  ZTransferOut,
  ZTransferReceipt,
} from '@cr/shared/party/party-member'
import { monthOf, todayInChina } from '@cr/shared/party/calendar'
import { parseYuan } from '@cr/shared/party/money'
import { checkBackPayment, duesRoll, duesStartMonth } from '@cr/shared/party/dues-roll'
import { checkPartyStages } from '@cr/shared/party/party-standing'
import { extendProbation } from '@cr/shared/party/probation'
import { maxValidDays, transferLetterStatus } from '@cr/shared/party/transfer-letter'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { recordMemberEvent } from './party-member-events.ts'
import {
  assertMemberOrganization,
  createMember,
  getMember,
  visibleMembers,
} from './party-members.service.ts'

/**
 * Life-cycle steps: each checks the rule in packages/shared/src/party, changes the member in
 * one versioned update, records a dated event and an audit row. Never a field edit.
 */

const audited = async (
  ctx: TWriteContext,
  before: TPartyMember,
  step: string,
  extra: Record<string, unknown> = {},
) => {
  const after = await getMember(ctx.tx, ctx.actor, before.id)
  await ctx.audit({
    action: 'update',
    entityType: 'party_member',
    entityId: before.id,
    committeeId: before.resident.committee.id,
    before,
    after: { ...after, step, ...extra },
  })
  return after
}

const assertActive = (member: TPartyMember) => {
  if (member.state !== 'active') throw new AppError('party_member_not_active', 409)
}

const assertProbationary = (member: TPartyMember) => {
  assertActive(member)
  if (member.status !== 'probationary') throw new AppError('party_member_not_probationary', 409)
}

/** 按期转正 on the branch meeting's date: not before the probation (as extended) has run. */
export const confirmMembership = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZConfirmMembership>,
) => {
  const before = await getMember(ctx.tx, ctx.actor, id)
  assertProbationary(before)
  const stages = checkPartyStages({
    joinedOn: before.joinedOn,
    fullMembershipOn: input.on,
    probationExtendedMonths: before.probationExtendedMonths,
  })
  if (!stages.ok) throw fieldError('on', stages.error)
  await updateVersioned(ctx.tx.partyMember, { id, ...visibleMembers(ctx.actor) }, version, {
    status: 'full',
    fullMembershipOn: toDbDate(input.on),
  })
  await recordMemberEvent(ctx, id, 'confirmed', input.on)
  return audited(ctx, before, 'confirmed')
}

/** 延长预备期: once, 6 to 12 months. */
export const extendMemberProbation = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZExtendProbation>,
) => {
  const before = await getMember(ctx.tx, ctx.actor, id)
  assertProbationary(before)
  const months = extendProbation(before.probationExtendedMonths, input.months)
  if (!months.ok) throw fieldError('months', months.error)
  await updateVersioned(ctx.tx.partyMember, { id, ...visibleMembers(ctx.actor) }, version, {
    probationExtendedMonths: months.value,
  })
  await recordMemberEvent(ctx, id, 'probation_extended', input.on, {
    months: months.value,
    reason: input.reason,
  })
  return audited(ctx, before, 'probation_extended')
}

const transferSelect = {
  member: {
    select: {
      id: true,
      status: true,
      resident: { select: { name: true, sex: true, birthDate: true, idNumberMasked: true } },
    },
  },
} as const

const toTransferDto = (
  row: NonNullable<Awaited<ReturnType<TTransaction['partyTransfer']['findFirst']>>> & {
    member: {
      id: string
      status: string
      resident: { name: string; sex: string; birthDate: Date; idNumberMasked: string }
    }
  },
  today = todayInChina(),
) => {
  const letter = {
    issuedOn: fromDbDate(row.issuedOn),
    validDays: row.validDays,
    receiptReturnedOn: row.receiptReturnedOn ? fromDbDate(row.receiptReturnedOn) : null,
  }
  const state = transferLetterStatus(letter, today)
  const birth = row.member.resident.birthDate
  return {
    id: row.id,
    member: {
      id: row.member.id,
      name: row.member.resident.name,
      sex: row.member.resident.sex as '1' | '2',
      age: new Date().getUTCFullYear() - birth.getUTCFullYear(),
      status: row.member.status as TPartyMember['status'],
      idNumberMasked: row.member.resident.idNumberMasked,
    },
    direction: row.direction as 'out' | 'in',
    serialNumber: row.serialNumber,
    fromOrganization: row.fromOrganization,
    toOrganization: row.toOrganization,
    duesPaidThrough: row.duesPaidThrough,
    issuedOn: letter.issuedOn,
    validUntil: state.ok ? state.value.validUntil : letter.issuedOn,
    receiptReturnedOn: letter.receiptReturnedOn,
    status: state.ok ? state.value.status : ('expired' as const),
    printCount: row.printCount,
  }
}

export const getTransfer = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.partyTransfer.findFirst({
    where: { id, member: visibleMembers(actor) },
    include: transferSelect,
  })
  if (!row) throw notFound()
  return toTransferDto(row)
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
  const before = await getMember(ctx.tx, ctx.actor, id)
  assertActive(before)
  const validDays = input.validDays ?? maxValidDays(input.issuedOn)
  if (validDays > maxValidDays(input.issuedOn))
    throw fieldError('validDays', 'party_letter_validity_limit')
  await updateVersioned(ctx.tx.partyMember, { id, ...visibleMembers(ctx.actor) }, version, {
    state: 'transferred_out',
  })
  const transferId = newId()
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
  await audited(ctx, before, 'transferred_out', { transferId })
  return getTransfer(ctx.tx, ctx.actor, transferId)
}

/** The letter was printed: counted, as the 存根 register keeps it. */
export const letterPrinted = async (ctx: TWriteContext, transferId: string) => {
  const transfer = await getTransfer(ctx.tx, ctx.actor, transferId)
  await ctx.tx.partyTransfer.update({
    where: { id: transferId },
    data: { printCount: { increment: 1 } },
  })
  return { ...transfer, printCount: transfer.printCount + 1 }
}

/**
 * One month's dues: between the month of joining and this month, not twice, the amount the
 * standard says unless given, and a back-payment only for the six most recent unpaid months.
 */
export const payDues = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZDuesPaymentCreate>,
) => {
  const member = await ctx.tx.partyMember.findFirst({
    where: { id, ...visibleMembers(ctx.actor) },
    include: { payments: { select: { month: true, amountFen: true } } },
  })
  if (!member) throw notFound()
  if (member.state !== 'active') throw new AppError('party_member_not_active', 409)
  const fromMonth = duesStartMonth(fromDbDate(member.joinedOn))
  const paidInMonth = monthOf(input.paidOn)
  if (input.month < fromMonth || input.month > paidInMonth)
    throw fieldError('month', 'party_dues_month_invalid')
  if (member.payments.some((p) => p.month === input.month))
    throw fieldError('month', 'party_dues_already_paid', 409)
  const amount =
    input.amount === undefined
      ? { ok: true as const, value: member.duesStandardFen }
      : parseYuan(input.amount)
  if (!amount.ok) throw fieldError('amount', amount.error)
  if (paidInMonth > fromMonth) {
    const roll = duesRoll({
      standards: [{ fromMonth, amountFen: member.duesStandardFen }],
      fromMonth,
      toMonth: paidInMonth,
      payments: member.payments,
    })
    if (roll.ok) {
      const back = checkBackPayment(roll.value, [input.month], paidInMonth)
      if (!back.ok) throw fieldError('month', back.error)
    }
  }
  await ctx.tx.partyDuesPayment.create({
    data: {
      id: newId(),
      memberId: id,
      month: input.month,
      amountFen: amount.value,
      paidOn: toDbDate(input.paidOn),
      recordedBy: ctx.actor.name,
    },
  })
  await recordMemberEvent(ctx, id, 'dues_paid', input.paidOn, {
    month: input.month,
    amountFen: amount.value,
  })
  const after = await getMember(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'party_dues_payment',
    entityId: id,
    committeeId: member.committeeId,
    after: { month: input.month, amountFen: amount.value, paidOn: input.paidOn },
  })
  return after
}

/**
 * 组织关系转入: a member arriving with a letter — added to the roster as any new member, with
 * the letter kept (its validity checked: a letter that expired before it was received is
 * refused) and a `transferred_in` event. An earlier record of the same person (transferred
 * out from here before) comes back to the roll instead of a second record.
 */
export const transferIn = async (ctx: TWriteContext, input: z.output<typeof ZTransferIn>) => {
  const { letter, ...member } = input
  const state = transferLetterStatus(
    { issuedOn: letter.issuedOn, validDays: letter.validDays, receiptReturnedOn: null },
    letter.receivedOn,
  )
  if (!state.ok) throw fieldError('letter.validDays', state.error)
  if (state.value.status === 'expired')
    throw fieldError('letter.receivedOn', 'party_letter_expired')
  const returning = await ctx.tx.partyMember.findFirst({
    where: {
      residentId: member.residentId,
      state: 'transferred_out',
      ...visibleMembers(ctx.actor),
    },
  })
  let id: string
  if (returning) {
    await assertMemberOrganization(ctx, member.organizationId)
    await updateVersioned(
      ctx.tx.partyMember,
      { id: returning.id, ...visibleMembers(ctx.actor) },
      returning.version,
      { state: 'active', organizationId: member.organizationId },
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
      toOrganization: (await getMember(ctx.tx, ctx.actor, id)).organization.name,
      issuedOn: toDbDate(letter.issuedOn),
      validDays: letter.validDays,
      receiptReturnedOn: toDbDate(letter.receivedOn),
    },
  })
  await recordMemberEvent(ctx, id, 'transferred_in', letter.receivedOn, {
    transferId,
    serialNumber: letter.serialNumber,
    fromOrganization: letter.fromOrganization,
  })
  const after = await getMember(ctx.tx, ctx.actor, id)
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
  const transfer = await getTransfer(ctx.tx, ctx.actor, transferId)
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
  return getTransfer(ctx.tx, ctx.actor, transferId)
}

/** 出党, death or expulsion: the member leaves the roll on a date, with the reason kept. */
export const leaveRoll = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZMemberLeave>,
) => {
  const before = await getMember(ctx.tx, ctx.actor, id)
  assertActive(before)
  await updateVersioned(ctx.tx.partyMember, { id, ...visibleMembers(ctx.actor) }, version, {
    state: input.state,
  })
  await recordMemberEvent(ctx, id, input.state, input.on, { reason: input.reason })
  return audited(ctx, before, input.state)
}

/**
 * 民主评议: a member's grade for a year (again for the same year replaces it), with a title if
 * one was awarded. 优秀 goes to at most a third of the branch's members (12371.cn).
 */
export const evaluateMember = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZPartyEvaluationCreate>,
) => {
  const member = await getMember(ctx.tx, ctx.actor, id)
  assertActive(member)
  if (input.grade === 'excellent') {
    const where = { organizationId: member.organization.id, state: 'active', deletedAt: null }
    const members = await ctx.tx.partyMember.count({ where })
    const excellent = await ctx.tx.partyEvaluation.count({
      where: { year: input.year, grade: 'excellent', memberId: { not: id }, member: where },
    })
    if ((excellent + 1) * 3 > members)
      throw fieldError('grade', 'party_evaluation_excellent_quota', 409)
  }
  const row = await ctx.tx.partyEvaluation.upsert({
    where: { memberId_year: { memberId: id, year: input.year } },
    create: { id: newId(), memberId: id, ...input },
    update: { grade: input.grade, title: input.title },
  })
  await recordMemberEvent(ctx, id, 'evaluated', `${input.year}-12-31`, {
    year: input.year,
    grade: input.grade,
    title: input.title,
  })
  await ctx.audit({
    action: 'update',
    entityType: 'party_member',
    entityId: id,
    committeeId: member.resident.committee.id,
    after: { evaluation: input },
  })
  return { id: row.id, year: row.year, grade: input.grade, title: row.title }
}

export const memberEvaluations = async (db: TTransaction, actor: TActor, id: string) => {
  await getMember(db, actor, id)
  const rows = await db.partyEvaluation.findMany({
    where: { memberId: id },
    orderBy: { year: 'desc' },
  })
  return {
    items: rows.map((r) => ({
      id: r.id,
      year: r.year,
      grade: r.grade as z.output<typeof ZPartyEvaluationCreate>['grade'],
      title: r.title,
    })),
  }
}

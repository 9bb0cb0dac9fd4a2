import type {
  TPairing,
  ZPairingCreate,
  ZPairingEnd,
  ZPairingListQuery,
  ZPairingRateQuery,
  ZPairingUpdate,
  ZPairingVisitCreate,
} from '@cr/shared/subsidies/pairing-record'
import { pairingActiveOn, pairingRate } from '@cr/shared/subsidies/pairing'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'

const pairingInclude = {
  committee: { select: { id: true, name: true } },
  helperMember: { select: { id: true, resident: { select: { name: true } } } },
  case: { select: { id: true, applicant: { select: { name: true } } } },
  beneficiary: { select: { id: true, name: true } },
  visits: { orderBy: { on: 'asc' } },
} as const

type TRow = NonNullable<Awaited<ReturnType<typeof readRow>>>
const readRow = (db: TTransaction, where: object) =>
  db.pairing.findFirst({ where, include: pairingInclude })

const span = (row: { startedOn: Date; endedOn: Date | null }) => ({
  startedOn: fromDbDate(row.startedOn),
  endedOn: row.endedOn ? fromDbDate(row.endedOn) : null,
})

const toPairingDto = (row: TRow, today: string): TPairing => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  helperName: row.helperName,
  helperMember: row.helperMember
    ? { id: row.helperMember.id, name: row.helperMember.resident.name }
    : null,
  case: row.case ? { id: row.case.id, name: row.case.applicant.name } : null,
  beneficiary: row.beneficiary,
  ...span(row),
  active: pairingActiveOn(span(row), today),
  goals: row.goals,
  visits: row.visits.map((v) => ({
    id: v.id,
    on: fromDbDate(v.on),
    kind: v.kind as TPairing['visits'][number]['kind'],
    note: v.note,
    recordedBy: v.recordedBy,
  })),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

const visiblePairings = (actor: TActor) => ({ AND: [{ deletedAt: null }, committeeScope(actor)] })

export const getPairing = async (db: TTransaction, actor: TActor, id: string, today: string) => {
  const row = await readRow(db, { id, ...visiblePairings(actor) })
  if (!row) throw notFound()
  return toPairingDto(row, today)
}

export const listPairings = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPairingListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const day = toDbDate(today)
  const filters = [
    visiblePairings(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.caseId ? { caseId: query.caseId } : {},
    query.active === undefined
      ? {}
      : query.active
        ? { startedOn: { lte: day }, OR: [{ endedOn: null }, { endedOn: { gte: day } }] }
        : { OR: [{ startedOn: { gt: day } }, { endedOn: { lt: day } }] },
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.pairing.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: pairingInclude,
    }),
    db.pairing.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toPairingDto(row, today)),
    total,
    page: query.page,
  }
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TPairing> => ({
  entityType: 'pairing',
  id,
  read: () => getPairing(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (p) => p.committee.id,
})

/** The helper's party member record in scope, when one is named: their name is taken from it. */
const helperOf = async (ctx: TWriteContext, memberId: string | null, name: string) => {
  if (!memberId) return { helperMemberId: null, helperName: name }
  const member = await ctx.tx.partyMember.findFirst({
    where: { AND: [{ id: memberId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, resident: { select: { name: true } } },
  })
  if (!member) throw fieldError('helperMemberId', 'party_member_unknown')
  return { helperMemberId: member.id, helperName: member.resident.name }
}

export const createPairing = async (ctx: TWriteContext, input: z.output<typeof ZPairingCreate>) => {
  const target = input.caseId
    ? await ctx.tx.subsidyCase.findFirst({
        where: { AND: [{ id: input.caseId, deletedAt: null }, committeeScope(ctx.actor)] },
        select: { committeeId: true },
      })
    : await ctx.tx.resident.findFirst({
        where: { AND: [{ id: input.beneficiaryId!, deletedAt: null }, committeeScope(ctx.actor)] },
        select: { committeeId: true },
      })
  if (!target?.committeeId)
    throw input.caseId
      ? fieldError('caseId', 'subsidy_case_unknown')
      : fieldError('beneficiaryId', 'resident_unknown')
  const helper = await helperOf(ctx, input.helperMemberId, input.helperName)
  const id = newId()
  await ctx.tx.pairing.create({
    data: {
      id,
      committeeId: target.committeeId,
      ...helper,
      caseId: input.caseId,
      beneficiaryId: input.beneficiaryId,
      startedOn: toDbDate(input.startedOn),
      goals: input.goals,
    },
  })
  const after = await getPairing(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'pairing',
    entityId: id,
    committeeId: target.committeeId,
    after,
  })
  return after
}

export const updatePairing = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPairingUpdate>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    const helper =
      input.helperMemberId !== undefined || input.helperName !== undefined
        ? await helperOf(
            ctx,
            input.helperMemberId === undefined
              ? (before.helperMember?.id ?? null)
              : input.helperMemberId,
            input.helperName ?? before.helperName,
          )
        : {}
    await updateVersioned(ctx.tx.pairing, { id, ...visiblePairings(ctx.actor) }, version, {
      ...helper,
      ...(input.goals === undefined ? {} : { goals: input.goals }),
      ...(input.startedOn ? { startedOn: toDbDate(input.startedOn) } : {}),
    })
  })

export const deletePairing = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPairing(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(ctx.tx.pairing, { id, ...visiblePairings(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'pairing',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

export const endPairing = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPairingEnd>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (before.endedOn)
      throw new AppError('conflict', 409, { fields: [{ path: 'endedOn', code: 'pairing_ended' }] })
    if (input.endedOn < before.startedOn) throw fieldError('endedOn', 'date_range_invalid')
    await updateVersioned(ctx.tx.pairing, { id, ...visiblePairings(ctx.actor) }, version, {
      endedOn: toDbDate(input.endedOn),
    })
    return { step: 'end', note: input.note }
  })

/** 帮扶记录: a visit or help given, dated within the pairing. */
export const addPairingVisit = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPairingVisitCreate>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (input.on < before.startedOn || (before.endedOn && input.on > before.endedOn))
      throw fieldError('on', 'pairing_ended')
    await updateVersioned(ctx.tx.pairing, { id, ...visiblePairings(ctx.actor) }, version, {})
    await ctx.tx.pairingVisit.create({
      data: {
        id: newId(),
        pairingId: id,
        on: toDbDate(input.on),
        kind: input.kind,
        note: input.note,
        recordedById: ctx.actor.userId,
        recordedBy: ctx.actor.name,
      },
    })
    return { step: 'visit' }
  })

/** The pairing rate as of a day: cases in payment with an active helper, per committee, in scope. */
export const pairingRateOf = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPairingRateQuery>,
  today: string,
) => {
  const asOf = query.asOf ?? today
  const cases = await db.subsidyCase.findMany({
    where: { AND: [{ deletedAt: null, stage: 'in_payment' }, committeeScope(actor)] },
    select: {
      committee: { select: { id: true, name: true } },
      pairings: { where: { deletedAt: null }, select: { startedOn: true, endedOn: true } },
    },
  })
  const rate = pairingRate(
    cases.map((c) => ({ committeeId: c.committee.id, pairings: c.pairings.map(span) })),
    asOf,
  )
  const names = new Map(cases.map((c) => [c.committee.id, c.committee]))
  return {
    asOf,
    total: rate.total,
    byCommittee: rate.byCommittee.map(({ committeeId, ...counts }) => ({
      committee: names.get(committeeId)!,
      ...counts,
    })),
  }
}

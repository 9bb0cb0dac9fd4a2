import type {
  TPendingRegistration,
  ZPendingRegistrationCreate,
  ZPendingRegistrationListQuery,
  ZPendingRegistrationResolve,
  ZPendingRegistrationUpdate,
  ZRegistrationRateQuery,
} from '@cr/shared/rentals/pending-registration'
import { registrationRate, type TRateRow } from '@cr/shared/rentals/rental-rules'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { pendingRegistrationInclude, toPendingRegistrationDto } from './pending-registration-dto.ts'

export const visiblePendingRegistrations = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const listPendingRegistrations = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPendingRegistrationListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visiblePendingRegistrations(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.propertyId ? { propertyId: query.propertyId } : {},
    query.state ? { state: query.state } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.pendingRegistration.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: pendingRegistrationInclude,
    }),
    db.pendingRegistration.count({ where: { AND: filters } }),
  ])
  return { ...toPage(rows, query.limit, sort, toPendingRegistrationDto), total, page: query.page }
}

export const getPendingRegistration = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.pendingRegistration.findFirst({
    where: { id, ...visiblePendingRegistrations(actor) },
    include: pendingRegistrationInclude,
  })
  if (!row) throw notFound()
  return toPendingRegistrationDto(row)
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TPendingRegistration> => ({
  entityType: 'pending_registration',
  id,
  read: () => getPendingRegistration(ctx.tx, ctx.actor, id),
  committeeId: (r) => r.committee.id,
})

/** 待登记: reported by a 楼长, the landlord, or found by an inspection (of the same property). */
export const createPendingRegistration = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPendingRegistrationCreate>,
) => {
  const property = await ctx.tx.rentalProperty.findFirst({
    where: { AND: [{ id: input.propertyId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true },
  })
  if (!property) throw fieldError('propertyId', 'rental_property_unknown')
  if (input.inspectionId) {
    const inspection = await ctx.tx.rentalInspection.findFirst({
      where: { id: input.inspectionId, propertyId: property.id, deletedAt: null },
      select: { id: true },
    })
    if (!inspection) throw fieldError('inspectionId', 'not_found')
  }
  const id = newId()
  await ctx.tx.pendingRegistration.create({
    data: {
      id,
      committeeId: property.committeeId,
      propertyId: property.id,
      name: input.name,
      description: input.description,
      source: input.source,
      reportedBy: input.reportedBy,
      reportedOn: toDbDate(input.reportedOn),
      inspectionId: input.inspectionId,
    },
  })
  const after = await getPendingRegistration(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'pending_registration',
    entityId: id,
    committeeId: property.committeeId,
    after,
  })
  return after
}

export const updatePendingRegistration = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPendingRegistrationUpdate>,
) => {
  const before = await getPendingRegistration(ctx.tx, ctx.actor, id)
  const { reportedOn, inspectionId, ...fields } = input
  if (inspectionId) {
    const inspection = await ctx.tx.rentalInspection.findFirst({
      where: { id: inspectionId, propertyId: before.property.id, deletedAt: null },
      select: { id: true },
    })
    if (!inspection) throw fieldError('inspectionId', 'not_found')
  }
  await updateVersioned(
    ctx.tx.pendingRegistration,
    { id, ...visiblePendingRegistrations(ctx.actor) },
    version,
    {
      ...fields,
      ...(inspectionId === undefined ? {} : { inspectionId }),
      ...(reportedOn ? { reportedOn: toDbDate(reportedOn) } : {}),
    },
  )
  const after = await getPendingRegistration(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'update',
    entityType: 'pending_registration',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

export const deletePendingRegistration = async (
  ctx: TWriteContext,
  id: string,
  version: number,
) => {
  const before = await getPendingRegistration(ctx.tx, ctx.actor, id)
  await updateVersioned(
    ctx.tx.pendingRegistration,
    { id, ...visiblePendingRegistrations(ctx.actor) },
    version,
    { deletedAt: new Date(), deletedById: ctx.actor.userId },
  )
  await ctx.audit({
    action: 'delete',
    entityType: 'pending_registration',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/**
 * Registered (the 暂住登记 that registered the person, in scope) or cleared (with why): the
 * person leaves the rate's denominator as of that day.
 */
export const resolvePendingRegistration = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPendingRegistrationResolve>,
) =>
  auditedStep(
    ctx,
    record(ctx, id),
    async (before) => {
      if (before.state !== 'pending') throw fieldError('id', 'pending_registration_resolved', 409)
      if (input.resolvedOn < before.reportedOn)
        throw fieldError('resolvedOn', 'pending_registration_before_report')
      if (input.temporaryResidentId) {
        const found = await ctx.tx.temporaryResident.findFirst({
          where: {
            AND: [{ id: input.temporaryResidentId, deletedAt: null }, committeeScope(ctx.actor)],
          },
          select: { id: true },
        })
        if (!found) throw fieldError('temporaryResidentId', 'not_found')
      }
      await updateVersioned(
        ctx.tx.pendingRegistration,
        { id, ...visiblePendingRegistrations(ctx.actor) },
        version,
        {
          state: input.temporaryResidentId ? 'registered' : 'cleared',
          resolvedOn: toDbDate(input.resolvedOn),
          temporaryResidentId: input.temporaryResidentId,
          clearReason: input.clearReason,
        },
      )
      return { step: input.temporaryResidentId ? 'register' : 'clear' }
    },
    input.clearReason ?? undefined,
  )

/**
 * 登记率 as of a day (the shared rule, `registrationRate`): every temporary resident is counted
 * registered from the declared date until they leave, and not registered (pending) from moving
 * in until declared; every person reported pending from the report until registered or cleared.
 */
export const registrationRateOf = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZRegistrationRateQuery>,
  today: string,
) => {
  const asOf = query.asOf ?? today
  const day = toDbDate(asOf)
  const scope = [committeeScope(actor), query.committeeId ? { committeeId: query.committeeId } : {}]
  const [residents, pending] = await Promise.all([
    db.temporaryResident.findMany({
      where: {
        AND: [...scope, { deletedAt: null, movedInOn: { lte: day } }],
        OR: [{ leftOn: null }, { leftOn: { gt: day } }],
      },
      select: { committeeId: true, movedInOn: true, declaredOn: true, leftOn: true },
    }),
    db.pendingRegistration.findMany({
      where: { AND: [...scope, { deletedAt: null, reportedOn: { lte: day } }] },
      select: { committeeId: true, reportedOn: true, resolvedOn: true },
    }),
  ])
  const rows: TRateRow[] = []
  for (const r of residents) {
    const leftOn = r.leftOn ? fromDbDate(r.leftOn) : null
    const declaredOn = r.declaredOn ? fromDbDate(r.declaredOn) : null
    const movedInOn = fromDbDate(r.movedInOn)
    if (declaredOn)
      rows.push({ committeeId: r.committeeId, kind: 'registered', from: declaredOn, until: leftOn })
    if (!declaredOn || declaredOn > movedInOn)
      rows.push({
        committeeId: r.committeeId,
        kind: 'pending',
        from: movedInOn,
        until: declaredOn ?? leftOn,
      })
  }
  for (const p of pending)
    rows.push({
      committeeId: p.committeeId,
      kind: 'pending',
      from: fromDbDate(p.reportedOn),
      until: p.resolvedOn ? fromDbDate(p.resolvedOn) : null,
    })
  const rate = registrationRate(rows, asOf)
  const names = new Map(
    (
      await db.committee.findMany({
        where: { id: { in: rate.committees.map((c) => c.committeeId) } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, c.name]),
  )
  return {
    asOf,
    overall: rate.overall,
    committees: rate.committees.map(({ committeeId, ...counts }) => ({
      committee: { id: committeeId, name: names.get(committeeId) ?? '' },
      ...counts,
    })),
  }
}

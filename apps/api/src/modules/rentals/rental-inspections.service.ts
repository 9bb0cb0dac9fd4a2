import type {
  TRentalInspection,
  ZRentalInspectionCreate,
  ZRentalInspectionListQuery,
  ZRentalInspectionRectify,
  ZRentalInspectionUpdate,
} from '@cr/shared/rentals/rental-inspection'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { rentalInspectionInclude, toRentalInspectionDto } from './rental-inspection-dto.ts'
import { createPendingRegistration } from './pending-registrations.service.ts'

export const visibleRentalInspections = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

const overdueWhere = (today: string) => ({
  rectifiedOn: null,
  rectificationDueOn: { lt: toDbDate(today) },
})

export const listRentalInspections = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZRentalInspectionListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleRentalInspections(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.propertyId ? { propertyId: query.propertyId } : {},
    query.rectificationOverdue === undefined
      ? {}
      : query.rectificationOverdue
        ? overdueWhere(today)
        : { NOT: overdueWhere(today) },
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.rentalInspection.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: rentalInspectionInclude,
    }),
    db.rentalInspection.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toRentalInspectionDto(row, today)),
    total,
    page: query.page,
  }
}

export const getRentalInspection = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
): Promise<TRentalInspection> => {
  const row = await db.rentalInspection.findFirst({
    where: { id, ...visibleRentalInspections(actor) },
    include: rentalInspectionInclude,
  })
  if (!row) throw notFound()
  return toRentalInspectionDto(row, today)
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TRentalInspection> => ({
  entityType: 'rental_inspection',
  id,
  read: () => getRentalInspection(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (r) => r.committee.id,
})

const dateOrNull = (v: string | null) => (v ? toDbDate(v) : null)

/**
 * 检查: the visit, with the allowed number of occupants as it stood (an occupant count above it
 * is a finding), and each person found living there unregistered recorded as pending
 * registration, reported by the inspectors on the day.
 */
export const createRentalInspection = async (
  ctx: TWriteContext,
  input: z.output<typeof ZRentalInspectionCreate>,
) => {
  const property = await ctx.tx.rentalProperty.findFirst({
    where: { AND: [{ id: input.propertyId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true, allowedOccupants: true },
  })
  if (!property) throw fieldError('propertyId', 'rental_property_unknown')
  const id = newId()
  await ctx.tx.rentalInspection.create({
    data: {
      id,
      committeeId: property.committeeId,
      propertyId: property.id,
      inspectedOn: toDbDate(input.inspectedOn),
      inspectors: [...new Set(input.inspectors)],
      items: input.items,
      findings: input.findings,
      occupantCount: input.occupantCount,
      allowedOccupants: property.allowedOccupants,
      rectificationDueOn: dateOrNull(input.rectificationDueOn),
    },
  })
  for (const person of input.unregistered)
    await createPendingRegistration(ctx, {
      propertyId: property.id,
      name: person.name,
      description: person.description,
      source: 'inspection',
      reportedBy: [...new Set(input.inspectors)].join('、').slice(0, 50),
      reportedOn: input.inspectedOn,
      inspectionId: id,
    })
  const after = await getRentalInspection(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'rental_inspection',
    entityId: id,
    committeeId: property.committeeId,
    after,
  })
  return after
}

export const updateRentalInspection = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZRentalInspectionUpdate>,
) => {
  const before = await getRentalInspection(ctx.tx, ctx.actor, id, ctx.today)
  const inspectedOn = input.inspectedOn ?? before.inspectedOn
  const due =
    input.rectificationDueOn === undefined ? before.rectificationDueOn : input.rectificationDueOn
  if (due && due < inspectedOn)
    throw fieldError('rectificationDueOn', 'rental_rectification_deadline')
  const { inspectedOn: i, rectificationDueOn: r, inspectors, ...fields } = input
  await updateVersioned(
    ctx.tx.rentalInspection,
    { id, ...visibleRentalInspections(ctx.actor) },
    version,
    {
      ...fields,
      ...(inspectors ? { inspectors: [...new Set(inspectors)] } : {}),
      ...(i ? { inspectedOn: toDbDate(i) } : {}),
      ...(r === undefined ? {} : { rectificationDueOn: dateOrNull(r) }),
    },
  )
  const after = await getRentalInspection(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'rental_inspection',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

/** Kept while people it found are still pending (409): they count in the registration rate. */
export const deleteRentalInspection = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getRentalInspection(ctx.tx, ctx.actor, id, ctx.today)
  const pending = await ctx.tx.pendingRegistration.count({
    where: { inspectionId: id, deletedAt: null, state: 'pending' },
  })
  if (pending > 0)
    throw new AppError('conflict', 409, {
      fields: [{ path: 'id', code: 'rental_inspection_has_pending' }],
    })
  await updateVersioned(
    ctx.tx.rentalInspection,
    { id, ...visibleRentalInspections(ctx.actor) },
    version,
    { deletedAt: new Date(), deletedById: ctx.actor.userId },
  )
  await ctx.audit({
    action: 'delete',
    entityType: 'rental_inspection',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** 整改复查: the rectification confirmed on a day (no earlier than the inspection). */
export const rectifyRentalInspection = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZRentalInspectionRectify>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (input.rectifiedOn < before.inspectedOn)
      throw fieldError('rectifiedOn', 'rental_rectified_before_inspection')
    await updateVersioned(
      ctx.tx.rentalInspection,
      { id, ...visibleRentalInspections(ctx.actor) },
      version,
      { rectifiedOn: toDbDate(input.rectifiedOn), rectificationNote: input.note },
    )
    return { step: 'rectify' }
  })

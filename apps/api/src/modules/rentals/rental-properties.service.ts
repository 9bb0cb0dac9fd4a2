import type {
  TRentalProperty,
  ZRentalPropertyCreate,
  ZRentalPropertyListQuery,
  ZRentalPropertyUpdate,
} from '@cr/shared/rentals/rental-property'
import { addDays } from '@cr/shared/party/calendar'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { contractStatusWhere } from './rental-contract-dto.ts'
import { resolvePerson } from './rental-people.ts'
import {
  currentContractWhere,
  rentalPropertyInclude,
  toRentalPropertyDto,
} from './rental-property-dto.ts'

export const visibleRentalProperties = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

/** Properties with more temporary residents living there than allowed (one statement). */
const overOccupiedIds = async (db: TTransaction) => {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM rental_property p
    WHERE p.deleted_at IS NULL AND p.allowed_occupants IS NOT NULL
      AND p.allowed_occupants < (SELECT count(*) FROM temporary_resident t
        WHERE t.property_id = p.id AND t.left_on IS NULL AND t.deleted_at IS NULL)`
  return rows.map((r) => r.id)
}

export const listRentalProperties = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZRentalPropertyListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const status = query.contractStatus
  const filters = [
    visibleRentalProperties(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.buildingId ? { dwelling: { buildingId: query.buildingId } } : {},
    query.dwellingId ? { dwellingId: query.dwellingId } : {},
    query.landlordId ? { landlordResidentId: query.landlordId } : {},
    query.expiringWithin === undefined
      ? {}
      : {
          contracts: {
            some: {
              ...currentContractWhere,
              cancelledOn: null,
              leaseEndsOn: {
                gte: toDbDate(today),
                lte: toDbDate(addDays(today, query.expiringWithin)),
              },
            },
          },
        },
    query.use ? { use: query.use } : {},
    query.q ? { dwelling: { address: { contains: query.q } } } : {},
    status === 'none' ? { contracts: { none: { deletedAt: null } } } : {},
    status && status !== 'none'
      ? { contracts: { some: { ...currentContractWhere, ...contractStatusWhere(status, today) } } }
      : {},
    query.overOccupied === undefined
      ? {}
      : query.overOccupied
        ? { id: { in: await overOccupiedIds(db) } }
        : { id: { notIn: await overOccupiedIds(db) } },
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.rentalProperty.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: rentalPropertyInclude,
    }),
    db.rentalProperty.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toRentalPropertyDto(row, today)),
    total,
    page: query.page,
  }
}

export const getRentalProperty = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
): Promise<TRentalProperty> => {
  const row = await db.rentalProperty.findFirst({
    where: { id, ...visibleRentalProperties(actor) },
    include: rentalPropertyInclude,
  })
  if (!row) throw notFound()
  return toRentalPropertyDto(row, today)
}

/** The dwelling to let: live and in the actor's committees, else unknown (as for none). */
const rentableDwelling = async (ctx: TWriteContext, dwellingId: string) => {
  const dwelling = await ctx.tx.dwelling.findFirst({
    where: { AND: [{ id: dwellingId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true },
  })
  if (!dwelling) throw fieldError('dwellingId', 'dwelling_unknown')
  const taken = await ctx.tx.rentalProperty.findFirst({
    where: { dwellingId, deletedAt: null },
    select: { id: true },
  })
  if (taken) throw fieldError('dwellingId', 'rental_property_exists', 409)
  return dwelling
}

/** A landlord or agent: a registered person, or a new one who lives elsewhere. */
const person = (
  ctx: TWriteContext,
  committeeId: string,
  input: Parameters<typeof resolvePerson>[2],
  path: string,
) => resolvePerson(ctx, committeeId, input, path, { residence: 'elsewhere' })

export const createRentalProperty = async (
  ctx: TWriteContext,
  input: z.output<typeof ZRentalPropertyCreate>,
) => {
  const dwelling = await rentableDwelling(ctx, input.dwellingId)
  const landlordResidentId = await person(ctx, dwelling.committeeId, input.landlord, 'landlord')
  const agentResidentId = input.agent
    ? await person(ctx, dwelling.committeeId, input.agent, 'agent')
    : null
  const { landlord: _l, agent: _a, dutiesConfirmedOn, ...fields } = input
  const row = await ctx.tx.rentalProperty.create({
    data: {
      id: newId(),
      ...fields,
      committeeId: dwelling.committeeId,
      landlordResidentId,
      agentResidentId,
      dutiesConfirmedOn: dutiesConfirmedOn ? toDbDate(dutiesConfirmedOn) : null,
    },
    select: { id: true },
  })
  const after = await getRentalProperty(ctx.tx, ctx.actor, row.id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'rental_property',
    entityId: row.id,
    committeeId: dwelling.committeeId,
    after,
  })
  return after
}

export const updateRentalProperty = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZRentalPropertyUpdate>,
) => {
  const before = await getRentalProperty(ctx.tx, ctx.actor, id, ctx.today)
  const committeeId = before.committee.id
  const { landlord, agent, dutiesConfirmedOn, ...fields } = input
  await updateVersioned(
    ctx.tx.rentalProperty,
    { id, ...visibleRentalProperties(ctx.actor) },
    version,
    {
      ...fields,
      ...(landlord
        ? { landlordResidentId: await person(ctx, committeeId, landlord, 'landlord') }
        : {}),
      ...(agent !== undefined
        ? { agentResidentId: agent ? await person(ctx, committeeId, agent, 'agent') : null }
        : {}),
      ...(dutiesConfirmedOn !== undefined
        ? { dutiesConfirmedOn: dutiesConfirmedOn ? toDbDate(dutiesConfirmedOn) : null }
        : {}),
    },
  )
  const after = await getRentalProperty(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'rental_property',
    entityId: id,
    committeeId,
    before,
    after,
  })
  return after
}

/** Kept while contracts, inspections, temporary residents or pending people refer to it (409). */
export const deleteRentalProperty = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getRentalProperty(ctx.tx, ctx.actor, id, ctx.today)
  const live = { where: { deletedAt: null } }
  const counts = await ctx.tx.rentalProperty.findUniqueOrThrow({
    where: { id },
    select: {
      _count: {
        select: {
          contracts: live,
          inspections: live,
          temporaryResidents: live,
          pendingRegistrations: live,
        },
      },
    },
  })
  if (Object.values(counts._count).some((n) => n > 0))
    throw new AppError('conflict', 409, {
      fields: [{ path: 'id', code: 'rental_property_has_records' }],
    })
  await updateVersioned(
    ctx.tx.rentalProperty,
    { id, ...visibleRentalProperties(ctx.actor) },
    version,
    {
      deletedAt: new Date(),
      deletedById: ctx.actor.userId,
    },
  )
  await ctx.audit({
    action: 'delete',
    entityType: 'rental_property',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

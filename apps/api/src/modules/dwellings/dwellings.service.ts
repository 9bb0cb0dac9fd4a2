import {
  dwellingAddress,
  type ZDwellingCreate,
  type ZDwellingListQuery,
  type ZDwellingUpdate,
} from '@cr/shared/places/dwelling'
import { maskIdNumber } from '@cr/shared/validators/id-number'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { visibleBuildings } from '../buildings/buildings.service.ts'
import { dwellingInclude, toDwellingDto } from './dwelling-dto.ts'

export const visibleDwellings = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const listDwellings = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZDwellingListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleDwellings(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.buildingId ? { buildingId: query.buildingId } : {},
    query.use ? { use: query.use } : {},
    query.q ? { address: { contains: query.q } } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.dwelling.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: dwellingInclude,
    }),
    db.dwelling.count({ where: { AND: filters } }),
  ])
  return { ...toPage(rows, query.limit, sort, toDwellingDto), total, page: query.page }
}

export const getDwelling = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.dwelling.findFirst({
    where: { id, ...visibleDwellings(actor) },
    include: dwellingInclude,
  })
  if (!row) throw notFound()
  return toDwellingDto(row)
}

type TOwnerInput = {
  ownerResidentId?: string | null
  ownerName?: string | null
  ownerIdNumber?: string | null
}

/** The owner is a registered resident, or a name with an ID number kept encrypted and masked. */
const ownerFields = async (ctx: TWriteContext, input: TOwnerInput) => {
  if (input.ownerResidentId) {
    const found = await ctx.tx.resident.count({
      where: { id: input.ownerResidentId, deletedAt: null, ...committeeScope(ctx.actor) },
    })
    if (!found) throw fieldError('ownerResidentId', 'resident_unknown')
  }
  if (input.ownerIdNumber === undefined) return {}
  if (input.ownerIdNumber === null) return { ownerIdNumberCipher: null, ownerIdNumberMasked: null }
  // Validated and normalised by the contract (`ZOptionalIdNumber`).
  return {
    ownerIdNumberCipher: ctx.cipher.encrypt(input.ownerIdNumber),
    ownerIdNumberMasked: maskIdNumber(input.ownerIdNumber),
  }
}

const assertRoomFree = async (
  ctx: TWriteContext,
  buildingId: string,
  unit: string | null,
  room: string,
  exceptId?: string,
) => {
  const taken = await ctx.tx.dwelling.count({
    where: {
      buildingId,
      unit,
      room,
      deletedAt: null,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  })
  if (taken) throw fieldError('room', 'dwelling_taken', 409)
}

export const createDwelling = async (
  ctx: TWriteContext,
  input: z.output<typeof ZDwellingCreate>,
) => {
  const building = await ctx.tx.building.findFirst({
    where: { id: input.buildingId, ...visibleBuildings(ctx.actor) },
  })
  if (!building) throw fieldError('buildingId', 'building_unknown')
  await assertRoomFree(ctx, building.id, input.unit, input.room)
  const { ownerIdNumber: _ownerIdNumber, ...fields } = input
  const row = await ctx.tx.dwelling.create({
    data: {
      ...fields,
      ...(await ownerFields(ctx, input)),
      id: newId(),
      committeeId: building.committeeId,
      address: dwellingAddress(building.address, input),
    },
    include: dwellingInclude,
  })
  const after = toDwellingDto(row)
  await ctx.audit({
    action: 'create',
    entityType: 'dwelling',
    entityId: row.id,
    committeeId: row.committeeId,
    after,
  })
  return after
}

export const updateDwelling = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZDwellingUpdate>,
) => {
  const before = await getDwelling(ctx.tx, ctx.actor, id)
  const unit = input.unit === undefined ? before.unit : input.unit
  const room = input.room ?? before.room
  await assertRoomFree(ctx, before.building.id, unit, room, id)
  const { ownerIdNumber: _ownerIdNumber, ...fields } = input
  await updateVersioned(ctx.tx.dwelling, { id, ...visibleDwellings(ctx.actor) }, version, {
    ...fields,
    ...(await ownerFields(ctx, input)),
    address: dwellingAddress(before.building.name, { unit, room }),
  })
  const after = await getDwelling(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'update',
    entityType: 'dwelling',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

export const deleteDwelling = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getDwelling(ctx.tx, ctx.actor, id)
  if ((await ctx.tx.household.count({ where: { dwellingId: id, deletedAt: null } })) > 0)
    throw new AppError('conflict', 409)
  await updateVersioned(ctx.tx.dwelling, { id, ...visibleDwellings(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'dwelling',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

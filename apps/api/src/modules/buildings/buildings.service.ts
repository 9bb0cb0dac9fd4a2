import {
  buildingAddress,
  type TBuilding,
  type ZBuildingCreate,
  type ZBuildingListQuery,
  type ZBuildingUpdate,
} from '@cr/shared/places/building'
import { dwellingAddress } from '@cr/shared/places/dwelling'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { buildingInclude, toBuildingDto } from './building-dto.ts'

export const visibleBuildings = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const listBuildings = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZBuildingListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleBuildings(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.q ? { address: { contains: query.q } } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.building.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: buildingInclude,
    }),
    db.building.count({ where: { AND: filters } }),
  ])
  return { ...toPage(rows, query.limit, sort, toBuildingDto), total, page: query.page }
}

export const getBuilding = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.building.findFirst({
    where: { id, ...visibleBuildings(actor) },
    include: buildingInclude,
  })
  if (!row) throw notFound()
  return toBuildingDto(row)
}

/** A building as a step changes it: read in the actor's scope (404 outside it). */
const buildingRecord = (ctx: TWriteContext, id: string): TStepRecord<TBuilding> => ({
  entityType: 'building',
  id,
  read: () => getBuilding(ctx.tx, ctx.actor, id),
  committeeId: (b) => b.committee.id,
})

export const createBuilding = async (
  ctx: TWriteContext,
  input: z.output<typeof ZBuildingCreate>,
) => {
  await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  const row = await ctx.tx.building.create({
    data: { id: newId(), ...input, address: buildingAddress(input) },
    include: buildingInclude,
  })
  const after = toBuildingDto(row)
  await ctx.audit({
    action: 'create',
    entityType: 'building',
    entityId: row.id,
    committeeId: row.committeeId,
    after,
  })
  return after
}

/** A new address flows down to every dwelling of the building: an address is never typed twice. */
export const updateBuilding = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZBuildingUpdate>,
) => {
  const before = await getBuilding(ctx.tx, ctx.actor, id)
  const address = buildingAddress({ ...before, ...input })
  await updateVersioned(ctx.tx.building, { id, ...visibleBuildings(ctx.actor) }, version, {
    ...input,
    address,
  })
  if (address !== before.address) {
    const dwellings = await ctx.tx.dwelling.findMany({
      where: { buildingId: id },
      select: { id: true, unit: true, room: true },
    })
    for (const d of dwellings) {
      await ctx.tx.dwelling.update({
        where: { id: d.id },
        data: { address: dwellingAddress(address, d) },
      })
    }
  }
  const after = await getBuilding(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'update',
    entityType: 'building',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

export const deleteBuilding = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getBuilding(ctx.tx, ctx.actor, id)
  if (before.dwellingCount > 0) throw new AppError('conflict', 409)
  await updateVersioned(ctx.tx.building, { id, ...visibleBuildings(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'building',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** 楼长: replaces the set of building leaders; each must be a resident of the same committee. */
export const setBuildingLeaders = (ctx: TWriteContext, id: string, residentIds: string[]) =>
  auditedStep(ctx, buildingRecord(ctx, id), async (before) => {
    const unique = [...new Set(residentIds)]
    const found = await ctx.tx.resident.count({
      where: { id: { in: unique }, committeeId: before.committee.id, deletedAt: null },
    })
    if (found !== unique.length) throw fieldError('residentIds', 'resident_unknown')
    await ctx.tx.buildingLeader.deleteMany({ where: { buildingId: id } })
    await ctx.tx.buildingLeader.createMany({
      data: unique.map((residentId) => ({ buildingId: id, residentId })),
    })
    await ctx.tx.building.update({ where: { id }, data: { version: { increment: 1 } } })
  })

/**
 * A resident who leaves the community (迁出, 死亡, 失踪, 入伍, 服刑:
 * `modules/residents/life-events.ts`) leaves their 楼长 posts: each building's change is one
 * audited step, as 设置楼长 is.
 */
export const endLeaderPosts = async (ctx: TWriteContext, residentId: string) => {
  const posts = await ctx.tx.buildingLeader.findMany({
    where: { residentId },
    select: { buildingId: true },
  })
  for (const { buildingId } of posts)
    await auditedStep(ctx, buildingRecord(ctx, buildingId), async () => {
      await ctx.tx.buildingLeader.delete({
        where: { buildingId_residentId: { buildingId, residentId } },
      })
      await ctx.tx.building.update({
        where: { id: buildingId },
        data: { version: { increment: 1 } },
      })
    })
  return posts.length
}

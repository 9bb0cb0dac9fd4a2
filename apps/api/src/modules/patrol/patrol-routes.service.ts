import {
  patrolQrPayload,
  type TPatrolQrSheet,
  type TPatrolRoute,
  type ZPatrolCheckpointInput,
  type ZPatrolRouteCreate,
  type ZPatrolRouteListQuery,
  type ZPatrolRouteUpdate,
} from '@cr/shared/patrol/patrol-route'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId, randomSecret } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { patrolRouteInclude, readPatrolRouteRow, toPatrolRouteDto } from './patrol-route-dto.ts'

/** A checkpoint's QR token: random (24 bytes, base64url), never derived from its id. */
const newQrToken = () => randomSecret(24)

const visibleRoutes = (actor: TActor) => ({ AND: [{ deletedAt: null }, committeeScope(actor)] })

export const getPatrolRoute = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await readPatrolRouteRow(db, { id, ...visibleRoutes(actor) })
  if (!row) throw notFound()
  return toPatrolRouteDto(row)
}

export const listPatrolRoutes = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPatrolRouteListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleRoutes(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.q ? { name: { contains: query.q } } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.patrolRoute.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: patrolRouteInclude,
    }),
    db.patrolRoute.count({ where: { AND: filters } }),
  ])
  return { ...toPage(rows, query.limit, sort, toPatrolRouteDto), total, page: query.page }
}

const checkName = async (
  db: TTransaction,
  committeeId: string,
  name: string,
  exceptId?: string,
) => {
  const taken = await db.patrolRoute.count({
    where: { committeeId, name, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
  })
  if (taken > 0) throw fieldError('name', 'patrol_route_name_taken', 409)
}

type TCheckpointInput = z.output<typeof ZPatrolCheckpointInput>

/**
 * Writes the route's checkpoints as given, in order: a checkpoint whose id is sent back keeps its
 * row and QR token, one without an id is new (a fresh token), one left out is removed. Every
 * building named is live and in the route's committee.
 */
const writeCheckpoints = async (
  db: TTransaction,
  routeId: string,
  committeeId: string,
  inputs: readonly TCheckpointInput[],
) => {
  const existing = await db.patrolCheckpoint.findMany({
    where: { routeId },
    select: { id: true },
  })
  const existingIds = new Set(existing.map((c) => c.id))
  const seen = new Set<string>()
  for (const [index, input] of inputs.entries()) {
    if (input.id && (!existingIds.has(input.id) || seen.has(input.id)))
      throw fieldError(`checkpoints.${index}.id`, 'patrol_checkpoint_unknown')
    if (input.id) seen.add(input.id)
  }
  const buildingIds = [...new Set(inputs.flatMap((c) => (c.buildingId ? [c.buildingId] : [])))]
  if (buildingIds.length > 0) {
    const found = await db.building.findMany({
      where: { id: { in: buildingIds }, committeeId, deletedAt: null },
      select: { id: true },
    })
    const known = new Set(found.map((b) => b.id))
    const index = inputs.findIndex((c) => c.buildingId && !known.has(c.buildingId))
    if (index >= 0)
      throw fieldError(`checkpoints.${index}.buildingId`, 'building_unknown_in_committee')
  }
  await db.patrolCheckpoint.deleteMany({ where: { routeId, id: { notIn: [...seen] } } })
  for (const [index, input] of inputs.entries()) {
    const data = {
      position: index + 1,
      name: input.name,
      buildingId: input.buildingId,
      place: input.place,
      expectedMinutes: input.expectedMinutes,
      deviationMinutes: input.deviationMinutes,
    }
    if (input.id) await db.patrolCheckpoint.update({ where: { id: input.id }, data })
    else
      await db.patrolCheckpoint.create({
        data: { id: newId(), routeId, qrToken: newQrToken(), ...data },
      })
  }
}

export const createPatrolRoute = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPatrolRouteCreate>,
) => {
  await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  await checkName(ctx.tx, input.committeeId, input.name)
  const id = newId()
  await ctx.tx.patrolRoute.create({
    data: { id, committeeId: input.committeeId, name: input.name, notes: input.notes },
  })
  await writeCheckpoints(ctx.tx, id, input.committeeId, input.checkpoints)
  const after = await getPatrolRoute(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_route',
    entityId: id,
    committeeId: input.committeeId,
    after,
  })
  return after
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TPatrolRoute> => ({
  entityType: 'patrol_route',
  id,
  read: () => getPatrolRoute(ctx.tx, ctx.actor, id),
  committeeId: (r) => r.committee.id,
})

export const updatePatrolRoute = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolRouteUpdate>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (input.name !== undefined) await checkName(ctx.tx, before.committee.id, input.name, id)
    if (input.checkpoints !== undefined)
      await writeCheckpoints(ctx.tx, id, before.committee.id, input.checkpoints)
    await updateVersioned(ctx.tx.patrolRoute, { id, ...visibleRoutes(ctx.actor) }, version, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.notes === undefined ? {} : { notes: input.notes }),
    })
  })

export const deletePatrolRoute = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPatrolRoute(ctx.tx, ctx.actor, id)
  await updateVersioned(ctx.tx.patrolRoute, { id, ...visibleRoutes(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'patrol_route',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** A new QR token for one checkpoint: the old printed code stops matching (重新生成二维码). */
export const regenerateCheckpointQr = (
  ctx: TWriteContext,
  id: string,
  checkpointId: string,
  version: number,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    if (!before.checkpoints.some((c) => c.id === checkpointId)) throw notFound()
    await updateVersioned(ctx.tx.patrolRoute, { id, ...visibleRoutes(ctx.actor) }, version, {})
    await ctx.tx.patrolCheckpoint.update({
      where: { id: checkpointId },
      data: { qrToken: newQrToken() },
    })
    return { step: 'regenerate_qr', checkpointId }
  })

/** The printable sheet: each checkpoint's QR payload `cr-patrol:v1:<checkpointId>:<token>`. */
export const patrolQrSheet = async (
  db: TTransaction,
  actor: TActor,
  id: string,
): Promise<TPatrolQrSheet> => {
  const row = await readPatrolRouteRow(db, { id, ...visibleRoutes(actor) })
  if (!row) throw notFound()
  return {
    route: { id: row.id, name: row.name },
    committee: row.committee,
    cards: row.checkpoints.map((c) => ({
      checkpointId: c.id,
      position: c.position,
      name: c.name,
      place: c.building?.address ?? c.place,
      payload: patrolQrPayload(c.id, c.qrToken),
    })),
  }
}
